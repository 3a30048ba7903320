"""The store: typed models, the workspace (engine, sessions, migrations), ids, clock and errors.

Plain Python only: nothing here may import Qt.
"""

"""Editing the event and its agenda: the details a report opens with, and the sessions voices fall into."""

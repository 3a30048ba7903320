"""Several laptops of one event: enrolment, signed bundles, and the merge rules they share with push
and pull to an organisation's server."""

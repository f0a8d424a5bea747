"""What feeds the printed and exported files: each module gathers a report's data
(teamlead_app.records) and hands it to teamlead_app.reports; files.py writes and logs them."""

"""Official reports (Decree 30/2020 layout): the report's content, and its .docx and .xlsx writers.

Qt-free: the CLI and the GUI's Báo cáo page call the same builders.
"""

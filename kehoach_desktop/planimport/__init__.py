"""Reading a plan from the resolution's own text (.txt, .docx, .pdf) or the Excel template.

``readers`` turns a file into NFC text, ``cleanup`` undoes PDF line breaking while keeping
offsets, ``parser`` finds the groups, indicators and targets, and ``xlsx`` is the Excel
template. Nothing here touches a database or Qt.
"""

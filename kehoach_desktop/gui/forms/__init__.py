"""The Designer forms of ``ui/*.ui`` as Python code, made by ``pyside6-uic``: do not edit by hand.

After changing a form in Qt Designer, rebuild its module (docs/gui.md, "Forms"):
``pyside6-uic ui/<name>.ui -o kehoach_desktop/gui/forms/<name>.py``. tests/test_forms.py fails
when a module is not what ``pyside6-uic`` makes of its form. ``gui.resources.load_form(name)``
builds a form from its module.
"""

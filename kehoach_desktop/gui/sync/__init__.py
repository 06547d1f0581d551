"""Đồng bộ: sync bundles carried on USB sticks between commune and province PCs (issue 6).

``page.SyncPage`` is the screen; the dialogs and tabs it opens live beside it. Every database
call goes through ``ctx.worker`` (``DbOp``); only file dialogs run on the GUI thread.
"""

"""One module per rule; importing this package registers them all.

To add a rule: a new module here with a function decorated by
``quotes.check.register(code, name, summary, hint)``, its import below, and
should-flag / should-pass tests in ``tests/check/``.  Rules that need the
parser must say ``needs_parse=True`` and must not import stanza themselves.
"""
from . import q1_marks, q2_speaker, q3_full_name, q4_styles, q5_spacing  # noqa: F401

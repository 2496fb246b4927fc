import logging
import re

_QUERY = re.compile(r"\?[^\s\"']*")


class RedactPrivateDataFilter(logging.Filter):
    """Keep what people write out of the logs.

    Query strings can carry search words (``/journal/?q=…``), so they are cut from every
    message, and the request object is dropped so no handler can print a form body.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = _QUERY.sub("?[redacted]", message)
        if redacted != message:
            record.msg, record.args = redacted, ()
        if hasattr(record, "request"):
            record.request = None
        return True

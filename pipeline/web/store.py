"""Documents analysed by this server, kept in memory by their content hash.

Nothing is written to disk: a document lives here until the server stops or until newer
documents push it out (least recently used first, bounded by count and by characters).
Staff's edits are not kept here but in their browser, keyed by the same content hash, so
uploading the same file again after a restart brings the edits back.
"""
from __future__ import annotations

import threading
from collections import OrderedDict


class DocumentStore:
    def __init__(self, max_docs: int = 100, max_chars: int = 20_000_000):
        self.max_docs = max_docs
        self.max_chars = max_chars
        self._docs: OrderedDict[str, object] = OrderedDict()
        self._lock = threading.Lock()

    def put(self, result) -> str:
        doc_id = result.doc_id
        with self._lock:
            self._docs[doc_id] = result
            self._docs.move_to_end(doc_id)
            total = sum(r.document.chars for r in self._docs.values())
            while len(self._docs) > 1 and (len(self._docs) > self.max_docs or total > self.max_chars):
                _, old = self._docs.popitem(last=False)
                total -= old.document.chars
        return doc_id

    def get(self, doc_id: str):
        with self._lock:
            result = self._docs.get(doc_id)
            if result is not None:
                self._docs.move_to_end(doc_id)
            return result

    def __len__(self) -> int:
        return len(self._docs)

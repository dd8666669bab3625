"""PDFium is not thread-safe: the leak check's PDFium readings never overlap, however
many exports check at once (a replaced run in the Export dialog and the new one)."""

from __future__ import annotations

import threading
import time
from typing import Any

import pypdfium2
import pytest

from logbook.export.leakcheck import reading
from tests.export.conftest import example, from_memory


def test_readings_from_many_threads_never_overlap(monkeypatch: pytest.MonkeyPatch) -> None:
    pdf = from_memory(example(), "ohchr").pdf
    inside, most = [0], [0]
    guard = threading.Lock()
    real = pypdfium2.PdfDocument

    def counted(data: Any) -> Any:
        with guard:
            inside[0] += 1
            most[0] = max(most[0], inside[0])
        time.sleep(0.01)  # long enough for another thread to come in, if it may
        with guard:
            inside[0] -= 1
        return real(data)

    monkeypatch.setattr(reading.pypdfium2, "PdfDocument", counted)
    texts: list[int] = []
    threads = [
        threading.Thread(target=lambda: texts.append(reading.read_with_pdfium(pdf).pages))
        for _ in range(6)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert len(texts) == 6 and all(pages == texts[0] for pages in texts)
    assert most[0] == 1

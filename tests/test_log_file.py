import logging

from reader.rotating_log import RotatingLog


def test_the_log_starts_afresh_past_its_size_and_keeps_two_old_ones(tmp_path):
    path = tmp_path / "qari.log"
    handler = RotatingLog(path, max_bytes=300, backups=2)
    handler.setFormatter(logging.Formatter("%(message)s"))
    log = logging.getLogger("test.rotating")
    log.propagate = False
    log.addHandler(handler)
    try:
        for n in range(40):
            log.warning("سطر رقم %d لم يُحفظ line %d", n, n)
    finally:
        log.removeHandler(handler)
        handler.close()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["qari.log", "qari.log.1", "qari.log.2"]
    for p in tmp_path.iterdir():
        assert 0 < p.stat().st_size <= 300
    last = path.read_text(encoding="utf-8").splitlines()[-1]
    assert last == "سطر رقم 39 لم يُحفظ line 39"
    # The newest old file holds the lines just before the current file's first.
    first_now = int(path.read_text(encoding="utf-8").split()[2])
    before = (tmp_path / "qari.log.1").read_text(encoding="utf-8").splitlines()[-1]
    assert before.split()[2] == str(first_now - 1)

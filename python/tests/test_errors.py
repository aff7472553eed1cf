import pickle

import pytest

import security_hierarchy as sh
from security_hierarchy import _native, errors


def test_hierarchy_of_classes():
    for name in errors.__all__:
        cls = getattr(errors, name)
        assert issubclass(cls, sh.SecurityHierarchyError)
        assert issubclass(cls, ValueError)
        assert getattr(sh, name) is cls
    assert issubclass(sh.FileError, OSError)


def test_file_error_is_an_os_error(tmp_path):
    missing = tmp_path / "missing.toml"
    with pytest.raises(OSError) as e:
        sh.Hierarchy.load(missing)
    assert isinstance(e.value, sh.FileError)
    assert str(e.value) == f"{missing}: No such file or directory (os error 2)"


def test_errors_pickle():
    with pytest.raises(sh.InvalidRankingError) as e:
        sh.Ranking.strict(["a", "a"])
    again = pickle.loads(pickle.dumps(e.value))
    assert type(again) is sh.InvalidRankingError and str(again) == str(e.value)


def test_a_panic_is_an_exception_not_an_abort():
    # PanicException derives from BaseException: a panic is a bug, and should
    # not be swallowed by `except Exception`, but the interpreter survives it.
    with pytest.raises(BaseException) as e:
        _native._panic_for_tests()
    assert type(e.value).__name__ == "PanicException"
    assert "deliberate panic for the test suite" in str(e.value)
    assert sh.Ranking.strict(["still", "alive"]).levels == [["still"], ["alive"]]

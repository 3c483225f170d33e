"""The shared harness of the conformance scripts: named checks, expectations and the summary.

Each script registers its checks with @check("what it proves"); a failing check is reported
with its traceback and the run goes on, so one run shows every failure. finish() prints the
closing line "N passed, N failed" and exits 1 when anything failed or nothing ran.
"""
import sys
import traceback

results = []


def check(name):
    def wrap(fn):
        try:
            fn()
            results.append((name, None))
            print(f"ok   {name}")
        except Exception as error:  # noqa: BLE001 - every failure is a reported result
            results.append((name, error))
            print(f"FAIL {name}: {error!r}")
            traceback.print_exc(limit=3)
        return fn
    return wrap


def expect(condition, message):
    if not condition:
        raise AssertionError(message)


def finish():
    failed = sum(1 for _, error in results if error is not None)
    print(f"{len(results) - failed} passed, {failed} failed")
    sys.exit(1 if failed or not results else 0)

#!/bin/sh
# captive-release on a DIST it cannot write: a path under a file, a full
# disk (a small tmpfs) and a read-only one.  A clear error naming the
# file, exit 2, no temporary folder left, the previous release and
# index.json intact.
. "$(dirname "$0")/lib.sh"

trap 'umount "$TMP/small" 2>/dev/null; rm -rf "$TMP"' EXIT

captive-emit -q --out emit "$ROOT/tests/fixtures/emit-small.jsonl" || exit 1

test_expect_success 'DIST under a regular file: exit 2, named' '
	: >afile &&
	test_must_fail 2 captive-release -q --version 1.0.0 --out afile/dist emit 2>err &&
	test_grep "^captive-release: afile/dist: Not a directory$" err
'

if mkdir small && mount -t tmpfs -o size=256k tmpfs small 2>/dev/null; then
	test_expect_success 'setup: a release on a small tmpfs, then the disk filled' '
		captive-release -q --version 1.0.0 --out small/dist emit &&
		cp small/dist/index.json index.before &&
		(cd small/dist && ls -A) >listing.before &&
		{ dd if=/dev/zero of=small/filler bs=4k 2>/dev/null; true; } &&
		test "$(df -k small | awk "NR == 2 { print \$4 }")" = 0
	'

	test_expect_success 'a full disk: a new version fails naming the file, nothing half-written' '
		test_must_fail 2 captive-release -q --version 1.1.0 --out small/dist emit 2>err &&
		test_grep "^captive-release: small/dist/\.captive-1\.1\.0\.tmp/[^:]+: No space left on device$" err &&
		(cd small/dist && ls -A) >listing && test_cmp listing.before listing &&
		cmp index.before small/dist/index.json &&
		(cd small/dist/captive-1.0.0 && sha256sum -c --quiet SHA256SUMS)
	'

	test_expect_success 'a full disk: rebuilding the same version leaves the old one whole' '
		test_must_fail 2 captive-release -q --version 1.0.0 --out small/dist emit 2>err &&
		test_grep "No space left on device" err &&
		(cd small/dist && ls -A) >listing && test_cmp listing.before listing &&
		(cd small/dist/captive-1.0.0 && sha256sum -c --quiet SHA256SUMS)
	'

	test_expect_success 'a read-only DIST: exit 2, named, the release intact' '
		rm small/filler && mount -o remount,ro small &&
		test_must_fail 2 captive-release -q --version 1.1.0 --out small/dist emit 2>err &&
		test_grep "^captive-release: small/dist/\.captive-1\.1\.0\.tmp: Read-only file system$" err &&
		(cd small/dist && ls -A) >listing && test_cmp listing.before listing &&
		(cd small/dist/captive-1.0.0 && sha256sum -c --quiet SHA256SUMS)
	'
	umount small
else
	test_skip 'a full or read-only DIST (a small tmpfs)' 'cannot mount a tmpfs here (not root?)'
fi

test_done

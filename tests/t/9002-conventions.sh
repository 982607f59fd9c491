#!/bin/sh
# Every stage: --help to stdout with exit 0, --version, misuse exits 2.
. "$(dirname "$0")/lib.sh"

for stage in ingest clean extract resolve validate emit release fetch; do
	test_expect_success "captive-$stage --help and --version" "
		captive-$stage --help >out && test_grep '^usage: captive-$stage' out &&
		captive-$stage --version >v && test_grep '^captive-$stage [0-9]+\.[0-9]+\.[0-9]+' v
	"
	test_expect_success "captive-$stage with an unknown option exits 2" "
		test_must_fail 2 captive-$stage --no-such-option </dev/null >/dev/null 2>err &&
		test_grep 'usage: captive-$stage' err
	"
done
test_done

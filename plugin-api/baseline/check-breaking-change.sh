#!/usr/bin/env bash
# Shows that the build refuses a breaking change to the plugin API unless the major version is
# raised. Works on a copy of plugin-api in a temporary directory; the source tree is not touched.
#
#   plugin-api/baseline/check-breaking-change.sh     (from Ascent's root; JAVA_HOME: JDK 21+)
#
# 1. removes RosterService.confirmedPairs()            -> the build must fail, naming it
# 2. adds an abstract method to WizardStep              -> the build must fail, naming it
# 3. the same removal with plugin-api.version=2.0.0     -> the build must pass
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fresh_copy() {
    rm -rf "$work/tree"
    mkdir -p "$work/tree"
    cp "$root/pom.xml" "$work/tree/"
    cp -r "$root/plugin-api" "$work/tree/"
    rm -rf "$work/tree/plugin-api/target"
}

build() { # prints the build's output; returns its exit code
    # Without the Javadoc jar: the removed method's {@link}s would fail it, and it is not the check.
    "$root/mvnw" -B -q -f "$work/tree/plugin-api/pom.xml" package -Dmaven.javadoc.skip=true "$@" > "$work/build.log" 2>&1
}

api=plugin-api/src/main/java/com/ascent/plugin/api
failures=0

fresh_copy
sed -i '/List<Pair> confirmedPairs();/d' "$work/tree/$api/roster/RosterService.java"
if build; then
    echo "FAIL 1: removing RosterService.confirmedPairs() did not break the build"; failures=$((failures + 1))
elif grep -q 'confirmedPairs' "$work/build.log"; then
    echo "ok 1: removing a method fails the build:"; grep -m3 -E 'confirmedPairs|incompatib|semantic' "$work/build.log" | sed 's/^/    /'
else
    echo "FAIL 1: the build failed without naming the change:"; tail -20 "$work/build.log"; failures=$((failures + 1))
fi

fresh_copy
sed -i 's|^    StepStatus status(StepContext context);|    StepStatus status(StepContext context);\n\n    String sponsor();|' "$work/tree/$api/WizardStep.java"
if build; then
    echo "FAIL 2: adding an abstract method to WizardStep did not break the build"; failures=$((failures + 1))
elif grep -q 'sponsor' "$work/build.log"; then
    echo "ok 2: a new abstract method in a type plugins implement fails the build:"
    grep -m3 -E 'sponsor|incompatib|semantic' "$work/build.log" | sed 's/^/    /'
else
    echo "FAIL 2: the build failed without naming the change:"; tail -20 "$work/build.log"; failures=$((failures + 1))
fi

fresh_copy
sed -i '/List<Pair> confirmedPairs();/d' "$work/tree/$api/roster/RosterService.java"
if build -Dplugin-api.version=2.0.0; then
    echo "ok 3: the same removal passes with plugin-api 2.0.0 (a major version)"
else
    echo "FAIL 3: the removal with a major version still fails:"; tail -20 "$work/build.log"; failures=$((failures + 1))
fi

exit "$failures"

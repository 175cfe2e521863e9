#!/usr/bin/env bash
# Builds what plugin authors build, against the Ascent artifacts just installed into the local
# Maven repository, each in a Maven build of its own (run by tools/sdk-check on `./mvnw install`):
#
#   a. the default plugins' tests, with the test kit (plugins/pom.xml, profile kit-tests): the kit
#      runs the installed host, so they cannot run in the build that makes the host;
#   b. plugin-template copied alone (its files, without target/) into a fresh temporary directory
#      and built there with its own Maven wrapper: its tests, and the packaged jar loaded into the
#      host by the real PF4J runtime (TemplatePluginJarIT).
#
#   sdk-check.sh ROOT --offline=true|false LOCAL_REPOSITORY      (--offline: the outer build's -o)
#
# JAVA_HOME is inherited. Any failure fails the outer build.
set -euo pipefail

root=$(cd "$1" && pwd)
offline=${2#--offline=}
repository=$3

maven=(-B "-Dmaven.repo.local=$repository")
if [ "$offline" = true ]; then
    maven+=(-o)
fi

run() { # echoes a command, then runs it
    echo "sdk-check: $*"
    "$@"
}

echo "sdk-check: (a) the default plugins' tests, with the test kit"
cd "$root"
run "$root/mvnw" "${maven[@]}" -f "$root/plugins/pom.xml" -Pkit-tests verify

work=$(mktemp -d)
# Kept when the build fails, for its reports.
trap 'status=$?; if [ "$status" -eq 0 ]; then rm -rf "$work"; else echo "sdk-check: failed; the copy is in $work"; fi' EXIT

echo "sdk-check: (b) plugin-template copied alone into $work/plugin-template, built with its own wrapper"
mkdir "$work/plugin-template"
tar -C "$root/plugin-template" --exclude=./target -cf - . | tar -C "$work/plugin-template" -xf -
cd "$work/plugin-template"
run ./mvnw "${maven[@]}" verify
echo "sdk-check: ok"

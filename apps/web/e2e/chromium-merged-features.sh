#!/bin/sh
# Starts the browser at $HORIZON_CHROMIUM with the arguments given, every --disable-features list among them
# merged into one: Chromium reads only the last --disable-features, and Playwright passes a list of its own
# before the one launch-chromium.mjs adds, so without merging one list would silently drop the other.
disabled=''
for arg do
  shift
  case $arg in
    --disable-features=*) disabled="${disabled:+$disabled,}${arg#--disable-features=}" ;;
    *) set -- "$@" "$arg" ;;
  esac
done
exec "$HORIZON_CHROMIUM" ${disabled:+"--disable-features=$disabled"} "$@"

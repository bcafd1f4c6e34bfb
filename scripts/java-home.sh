#!/usr/bin/env bash
# Sourced by project scripts: sets JAVA_HOME to a JDK >= 21 (JAVA_HOME if it is one, else the newest under /usr/lib/jvm).
_troika_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -1 | cut -d. -f1; }
_troika_pick_jdk() {
  local best="" best_v=0 v home
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    v=$(_troika_major "$JAVA_HOME/bin/java"); if [[ "$v" =~ ^[0-9]+$ ]] && [ "$v" -ge 21 ]; then echo "$JAVA_HOME"; return 0; fi
  fi
  for home in /usr/lib/jvm/*; do
    [ -x "$home/bin/javac" ] || continue
    v=$(_troika_major "$home/bin/java"); [[ "$v" =~ ^[0-9]+$ ]] || continue
    if [ "$v" -ge 21 ] && [ "$v" -gt "$best_v" ]; then best="$home"; best_v=$v; fi
  done
  [ -n "$best" ] && echo "$best"
}
_troika_jdk="$(_troika_pick_jdk || true)"
if [ -z "$_troika_jdk" ]; then
  echo "troika: no JDK 21 or newer found. Set JAVA_HOME to a JDK >= 21 or install one under /usr/lib/jvm (e.g. apt-get install openjdk-21-jdk)." >&2
  exit 3
fi
export JAVA_HOME="$_troika_jdk"
# Maven's bundled Guice warns about sun.misc.Unsafe on JDK 24+; the flag only exists there.
if [ "$(_troika_major "$JAVA_HOME/bin/java")" -ge 24 ] 2>/dev/null; then
  case "${MAVEN_OPTS:-}" in *sun-misc-unsafe*) ;; *) export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ;; esac
fi

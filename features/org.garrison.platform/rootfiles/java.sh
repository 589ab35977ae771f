# Finds a Java 21+ for Garrison. Sourced by the product's start script and by the
# repository's ./garrison and ./run-tests, so all of them choose the same way:
# JAVA_HOME, then the product's own runtime (GARRISON_BUNDLED_JAVA: jre/ in the archive that has one), then
# /usr/lib/jvm/temurin-25-jdk-amd64, then (macOS) the newest JDK java_home knows, then java on PATH.
#
# garrison_find_java sets GARRISON_JAVA (the java command) and GARRISON_JAVA_HOME, or says on
# stderr what it tried and why each failed, and returns 1. GARRISON_JAVA_CANDIDATES, when set,
# replaces that list of java commands to try.

GARRISON_JAVA_REQUIRED=21

garrison_java_release() {
    # The feature release (17, 21, 25, ...) of the given java command, or nothing.
    "$1" -XshowSettings:properties -version 2>&1 \
        | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

garrison_mac_java() {
    # macOS keeps JDKs under /Library/Java/JavaVirtualMachines; java_home names the newest one of 21 or later
    if [ -x /usr/libexec/java_home ]; then
        mac_home=$(/usr/libexec/java_home -v "$GARRISON_JAVA_REQUIRED+" 2>/dev/null || true)
        [ -n "$mac_home" ] && echo "$mac_home/bin/java"
    fi
    return 0
}

garrison_find_java() {
    GARRISON_JAVA=""
    GARRISON_JAVA_HOME=""
    tried=""
    candidates=${GARRISON_JAVA_CANDIDATES:-${JAVA_HOME:+$JAVA_HOME/bin/java} ${GARRISON_BUNDLED_JAVA:-} /usr/lib/jvm/temurin-25-jdk-amd64/bin/java $(garrison_mac_java) $(command -v java 2>/dev/null || true)}
    # the runtime shipped with the product comes before any other but JAVA_HOME's, even with a list of candidates
    if [ -n "${GARRISON_BUNDLED_JAVA:-}" ] && [ -n "${GARRISON_JAVA_CANDIDATES:-}" ] && [ -z "${JAVA_HOME:-}" ]; then
        candidates="$GARRISON_BUNDLED_JAVA $candidates"
    fi
    for candidate in $candidates; do
        if [ ! -x "$candidate" ]; then
            tried="$tried
  $candidate: not found"
            continue
        fi
        release=$(garrison_java_release "$candidate")
        if [ -n "$release" ] && [ "$release" -ge "$GARRISON_JAVA_REQUIRED" ]; then
            GARRISON_JAVA=$candidate
            GARRISON_JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$candidate")")")
            return 0
        fi
        tried="$tried
  $candidate: Java ${release:-of unknown version}, older than $GARRISON_JAVA_REQUIRED"
    done
    echo "武装工作平台需要 Java $GARRISON_JAVA_REQUIRED 或更新的版本，没有找到。请安装 JDK $GARRISON_JAVA_REQUIRED 以上（例如 Temurin 25），并把 JAVA_HOME 设为它。" >&2
    echo "Garrison needs Java $GARRISON_JAVA_REQUIRED or newer and found none. Tried:$tried" >&2
    echo "Install a JDK $GARRISON_JAVA_REQUIRED+ (for example Temurin 25) and set JAVA_HOME to it." >&2
    return 1
}

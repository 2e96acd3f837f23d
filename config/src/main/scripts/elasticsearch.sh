#!/usr/bin/env bash
# Starts and stops the Elasticsearch server Agora searches with: single node, loopback only.
#
#   elasticsearch.sh start  HOME STATE_DIR PORT   unpacked distribution, where data/logs/pid live, HTTP port
#   elasticsearch.sh stop   STATE_DIR
#   elasticsearch.sh status PORT
#
# Elasticsearch refuses to run as root, so as root it runs as the system user agora-es.
# Heap: AGORA_ES_HEAP (default 512m). JDK: ES_JAVA_HOME, else JAVA_HOME, else the java on PATH.
set -euo pipefail

es_user=agora-es

health_url() { echo "http://127.0.0.1:$1/_cluster/health"; }

is_up() { curl -fsS --max-time 2 "$(health_url "$1")" >/dev/null 2>&1; }

as_es_user() {
    if [ "$(id -u)" = 0 ]; then runuser -u "$es_user" -- "$@"; else "$@"; fi
}

# As root: make sure the service user exists and can reach the distribution. A checkout under a private
# home directory (/root is mode 700) is unreachable for it; then the distribution is copied to /var/lib/agora.
prepare_root_home() {
    local home=$1
    id "$es_user" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$es_user"
    if ! runuser -u "$es_user" -- test -x "$home/bin/elasticsearch"; then
        local copy="/var/lib/agora/$(basename "$home")"
        [ -x "$copy/bin/elasticsearch" ] || { mkdir -p /var/lib/agora; cp -a "$home" "$copy"; }
        home=$copy
    fi
    chown -R "$es_user" "$home/config" "$home/logs" 2>/dev/null || true
    chown "$es_user" "$home" 2>/dev/null || true
    echo "$home"
}

# Where data, logs and the pid file live. As root, a state directory the service user cannot reach (below
# /root, say) is replaced by one under /var/lib/agora derived from its path, the same for start and stop.
state_dir() {
    local state=$1
    mkdir -p "$state"
    state=$(cd "$state" && pwd)
    if [ "$(id -u)" = 0 ]; then
        id "$es_user" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$es_user"
        chown -R "$es_user" "$state"
        if ! runuser -u "$es_user" -- test -w "$state"; then
            state="/var/lib/agora/state-$(printf '%s' "$state" | md5sum | cut -c1-12)"
            mkdir -p "$state"
            chown -R "$es_user" "$state"
        fi
    fi
    echo "$state"
}

java_home() {
    if [ -n "${ES_JAVA_HOME:-}" ]; then echo "$ES_JAVA_HOME"
    elif [ -n "${JAVA_HOME:-}" ]; then echo "$JAVA_HOME"
    else dirname "$(dirname "$(readlink -f "$(command -v java)")")"; fi
}

start() {
    local home=${1:?HOME} state=${2:?STATE_DIR} port=${3:?PORT}
    if is_up "$port"; then echo "Elasticsearch already answers on port $port"; return 0; fi
    state=$(state_dir "$state")
    if [ "$(id -u)" = 0 ]; then home=$(prepare_root_home "$home"); fi
    as_es_user mkdir -p "$state/data" "$state/logs"
    rm -f "$state/elasticsearch.pid"
    local started=$SECONDS
    as_es_user env ES_JAVA_HOME="$(java_home)" ES_JAVA_OPTS="-Xms${AGORA_ES_HEAP:-512m} -Xmx${AGORA_ES_HEAP:-512m}" \
        "$home/bin/elasticsearch" -d -p "$state/elasticsearch.pid" \
        -E discovery.type=single-node -E network.host=127.0.0.1 -E http.port="$port" \
        -E path.data="$state/data" -E path.logs="$state/logs" \
        -E xpack.security.enabled=false \
        -E cluster.routing.allocation.disk.threshold_enabled=false \
        >"$state/logs/console.log" 2>&1 || { cat "$state/logs/console.log" >&2; exit 1; }
    for _ in $(seq 1 180); do
        if curl -fsS --max-time 2 "$(health_url "$port")?wait_for_status=yellow&timeout=1s" >/dev/null 2>&1; then
            echo "Elasticsearch ready on http://127.0.0.1:$port in $((SECONDS - started)) s"
            return 0
        fi
        sleep 1
    done
    echo "Elasticsearch did not become ready; see $state/logs" >&2
    tail -n 40 "$state/logs/console.log" >&2 || true
    exit 1
}

stop() {
    local state pid
    state=$(state_dir "${1:?STATE_DIR}")
    [ -f "$state/elasticsearch.pid" ] || { echo "Elasticsearch is not running (no pid file in $state)"; return 0; }
    pid=$(cat "$state/elasticsearch.pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do
        kill -0 "$pid" 2>/dev/null || { rm -f "$state/elasticsearch.pid"; echo "Elasticsearch stopped"; return 0; }
        sleep 0.5
    done
    kill -9 "$pid" 2>/dev/null || true
    rm -f "$state/elasticsearch.pid"
    echo "Elasticsearch killed after 30 s"
}

case "${1:-}" in
    start) shift; start "$@" ;;
    stop) shift; stop "$@" ;;
    status) shift; if is_up "${1:?PORT}"; then echo up; else echo down; exit 3; fi ;;
    *) echo "usage: $0 start HOME STATE_DIR PORT | stop STATE_DIR | status PORT" >&2; exit 2 ;;
esac

#!/usr/bin/env bash
# The run command's last step (./mvnw -Prun): starts Elasticsearch and WildFly with the freshly built EAR,
# loads the demo company on first start, prints where to go, and stops both servers on Ctrl-C.
# Everything the servers write (database, search index, logs) lives under VAR_DIR, so it survives rebuilds.
#
#   run-agora.sh WILDFLY_HOME ELASTICSEARCH_HOME EAR VAR_DIR
#
# AGORA_HTTP_PORT (8080) and AGORA_ES_PORT (9200) move the servers; AGORA_DB_URL, AGORA_DB_USER and
# AGORA_DB_PASSWORD switch from the embedded H2 database to PostgreSQL.
set -euo pipefail

wildfly_home=${1:?WILDFLY_HOME} es_home=${2:?ELASTICSEARCH_HOME} ear=${3:?EAR} var_dir=${4:?VAR_DIR}
scripts=$(cd "$(dirname "$0")" && pwd)
http_port=${AGORA_HTTP_PORT:-8080}
es_port=${AGORA_ES_PORT:-9200}
started=$SECONDS

mkdir -p "$var_dir"
var_dir=$(cd "$var_dir" && pwd)
server_base="$var_dir/wildfly"
wildfly_pidfile="$var_dir/wildfly.pid"

if curl -sS --max-time 2 -o /dev/null "http://127.0.0.1:$http_port/" 2>/dev/null; then
    echo "Port $http_port is already in use (is Agora already running?). Set AGORA_HTTP_PORT to use another." >&2
    exit 1
fi

# Video posters and durations come from ffmpeg; the demo company's video is spoken by espeak-ng. Installed from
# Debian when they are missing and this user may; without them, videos still play with a placeholder poster.
if ! command -v ffmpeg >/dev/null || ! command -v espeak-ng >/dev/null; then
    if command -v apt-get >/dev/null && { [ "$(id -u)" = 0 ] || sudo -n true 2>/dev/null; }; then
        echo "Installing ffmpeg and espeak-ng for video posters and the demo video"
        as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi; }
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ffmpeg espeak-ng >/dev/null 2>&1 ||
            { as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ffmpeg espeak-ng >/dev/null; } ||
            echo "Could not install ffmpeg and espeak-ng: videos get a placeholder poster, and the demo has no video" >&2
    else
        echo "ffmpeg or espeak-ng is missing: videos get a placeholder poster, and the demo has no video" >&2
    fi
fi

stopping=
stop_servers() {
    [ -n "$stopping" ] && return
    stopping=1
    # Ctrl-C reaches us twice (SIGINT, then SIGTERM from Maven's shutdown); finish stopping regardless.
    trap '' INT TERM
    echo
    echo "Stopping Agora..."
    if [ -f "$wildfly_pidfile" ]; then
        local pid
        pid=$(cat "$wildfly_pidfile")
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
        kill -9 "$pid" 2>/dev/null || true
        rm -f "$wildfly_pidfile"
        echo "WildFly stopped"
    fi
    "$scripts/elasticsearch.sh" stop "$var_dir/elasticsearch" || true
}
trap 'stop_servers; exit 130' INT TERM
trap stop_servers EXIT

"$scripts/elasticsearch.sh" start "$es_home" "$var_dir/elasticsearch" "$es_port"
es_ready=$SECONDS

# The server's own state lives in VAR_DIR; its configuration comes fresh from the provisioned server.
mkdir -p "$server_base/deployments" "$server_base/configuration"
cp -r "$wildfly_home/standalone/configuration/." "$server_base/configuration/"
rm -f "$server_base"/deployments/agora.ear*
cp "$ear" "$server_base/deployments/agora.ear"

if [[ "${AGORA_DB_URL:-}" == jdbc:postgresql:* ]]; then
    export AGORA_DB_DRIVER=postgresql
    echo "Database: PostgreSQL at ${AGORA_DB_URL}"
else
    echo "Database: embedded H2 in $server_base/data/database"
fi

export JAVA_OPTS="${AGORA_JAVA_OPTS:--Xms256m -Xmx1g -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=384m -Djava.net.preferIPv4Stack=true}"
LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE="$wildfly_pidfile" \
    "$wildfly_home/bin/standalone.sh" -c agora.xml \
    -Djboss.server.base.dir="$server_base" \
    -Djboss.http.port="$http_port" \
    -Dagora.search.url="http://127.0.0.1:$es_port" \
    -Dagora.demo.enabled=true \
    >"$var_dir/wildfly-console.log" 2>&1 &
launcher=$!

echo "Starting WildFly and deploying Agora (log: $server_base/log/server.log)..."
for _ in $(seq 1 600); do
    [ -f "$server_base/deployments/agora.ear.deployed" ] && break
    if [ -f "$server_base/deployments/agora.ear.failed" ] || ! kill -0 "$launcher" 2>/dev/null; then
        echo "Agora failed to start:" >&2
        cat "$server_base/deployments/agora.ear.failed" >&2 2>/dev/null || tail -n 40 "$var_dir/wildfly-console.log" >&2
        exit 1
    fi
    sleep 0.5
done
[ -f "$server_base/deployments/agora.ear.deployed" ] || { echo "Agora did not deploy within 5 minutes" >&2; exit 1; }

cat <<BANNER

  Agora is running: http://localhost:$http_port/
  (Elasticsearch ready after $((es_ready - started)) s, Agora deployed after $((SECONDS - started)) s)

  Demo logins (password: agora)
    sam       Sam Taylor, Software Engineer           employee
    helena    Helena Virtanen, Chief Executive Officer executive
    marcus    Marcus Chen, VP Engineering             executive
    priya     Priya Raman, HR Director                HR
    tomas     Tomás Álvarez, Community Manager        moderator
    alex      Alex Morgan, IT Administrator           administrator

  Health: http://localhost:$http_port/api/health     Press Ctrl-C to stop both servers.

BANNER

wait "$launcher" || true

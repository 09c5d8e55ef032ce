#!/usr/bin/env bash
# Starts and stops the Elasticsearch server the search tests run against: the distribution from
# Maven Central, with Seedbed's analysis plugin, as an unprivileged account (Elasticsearch refuses
# to run as root), in a folder that account can reach.
#   elasticsearch.sh start <unpacked distribution> <unpacked plugin> <port>   (returns at once)
#   elasticsearch.sh wait <port> [seconds]
#   elasticsearch.sh stop <port>
set -euo pipefail

account=seedbed-search
home_of() { echo "${TMPDIR:-/tmp}/seedbed-elasticsearch-$1"; }

healthy() {
  local port=$1 reply
  { exec 3<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null || return 1
  printf 'GET /_cluster/health HTTP/1.0\r\n\r\n' >&3
  reply=$(cat <&3 || true)
  exec 3>&-
  [[ $reply == *'"status":"green"'* || $reply == *'"status":"yellow"'* ]]
}

stop() {
  local home pid
  home=$(home_of "$1")
  if [ -f "$home/elasticsearch.pid" ]; then
    pid=$(cat "$home/elasticsearch.pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
    rm -f "$home/elasticsearch.pid"
  fi
}

case ${1:-} in
  start)
    distribution=$2 plugin=$3 port=$4
    stop "$port"
    home=$(home_of "$port")
    rm -rf "$home"
    mkdir -p "$home"
    cp -a "$distribution"/. "$home"/
    mkdir -p "$home/plugins/seedbed-analysis"
    cp -a "$plugin"/. "$home/plugins/seedbed-analysis"/
    java_home=${ES_JAVA_HOME:-${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}}
    as_account=()
    if [ "$(id -u)" = 0 ]; then
      id "$account" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$account"
      chown -R "$account" "$home"
      as_account=(runuser -u "$account" --)
    fi
    # Daemonized with a pid file; readiness is waited for by whoever needs the server.
    heap=${SEEDBED_ES_HEAP:-512m}
    "${as_account[@]}" env ES_JAVA_HOME="$java_home" ES_JAVA_OPTS="-Xms$heap -Xmx$heap" \
      "$home/bin/elasticsearch" -d -p "$home/elasticsearch.pid" \
      -E discovery.type=single-node -E xpack.security.enabled=false \
      -E network.host=127.0.0.1 -E http.port="$port" \
      -E cluster.routing.allocation.disk.threshold_enabled=false \
      > "$home/startup.log" 2>&1 &
    echo "Elasticsearch starting on port $port in $home"
    ;;
  wait)
    port=$2 seconds=${3:-180}
    for _ in $(seq 1 "$seconds"); do
      if healthy "$port"; then echo "Elasticsearch ready on port $port"; exit 0; fi
      sleep 1
    done
    echo "Elasticsearch did not get ready on port $port; see $(home_of "$port")/logs" >&2
    exit 1
    ;;
  stop)
    stop "$2"
    ;;
  *)
    echo "usage: $0 start <distribution> <plugin folder> <port> | wait <port> [seconds] | stop <port>" >&2
    exit 2
    ;;
esac

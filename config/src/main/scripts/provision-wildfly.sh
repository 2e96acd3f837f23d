#!/usr/bin/env bash
# Turns the unpacked WildFly distribution into Agora's server: the PostgreSQL driver module and
# agora.xml, a copy of standalone.xml with config/src/main/wildfly/cli/agora.cli applied.
# Safe to run again: it starts from the pristine standalone.xml every time and clears the state of
# earlier test runs (the run command keeps its own state under var/).
set -euo pipefail

wildfly_home=${1:?usage: provision-wildfly.sh WILDFLY_HOME POSTGRESQL_JAR}
postgresql_jar=${2:?usage: provision-wildfly.sh WILDFLY_HOME POSTGRESQL_JAR}
config_src=$(cd "$(dirname "$0")/../wildfly" && pwd)

rm -rf "$wildfly_home"/standalone/{data,tmp,log} "$wildfly_home"/standalone/configuration/{standalone_xml_history,agora.xml}
find "$wildfly_home/standalone/deployments" -mindepth 1 ! -name README.txt -delete

module_dir="$wildfly_home/modules/org/postgresql/main"
mkdir -p "$module_dir"
cp "$config_src/modules/org/postgresql/main/module.xml" "$module_dir/"
cp "$postgresql_jar" "$module_dir/postgresql.jar"

cp "$wildfly_home/standalone/configuration/standalone.xml" "$wildfly_home/standalone/configuration/agora.xml"
JAVA_OPTS="-Xmx256m" "$wildfly_home/bin/jboss-cli.sh" --file="$config_src/cli/agora.cli"
echo "Provisioned $wildfly_home (server configuration agora.xml)"

#!/usr/bin/env bash
# A class data sharing archive for the production jar (docs/operations.md, "Faster starts"):
# extracts target/safeports.jar into target/cds/, then runs it once on the database it will run
# on, with the JVM settings it will run with, up to the end of the application context's refresh
# (-Dspring.context.exit=onRefresh: no request is served, no start-up task runs), and the JVM
# writes the classes it loaded to target/cds/safeports.jsa on exit. Start it after with
#   java -XX:SharedArchiveFile=target/cds/safeports.jsa $JAVA_OPTS -jar target/cds/safeports.jar
# A new jar needs a new archive: one older than the jar is made again.
#
#   DB=safeports_bench bash bench/cds.sh           # PostgreSQL on PGHOST (127.0.0.1), as run.sh
#   JAVA_OPTS='-Xmx320m ...' DB=... bash bench/cds.sh
set -euo pipefail
cd "$(dirname "$0")/.."

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DB=${DB:?DB: the database the portal will run on}
JAVA_OPTS=${JAVA_OPTS:--Xmx320m -Xss512k -XX:MaxMetaspaceSize=200m -XX:ReservedCodeCacheSize=80m -XX:MaxDirectMemorySize=64m -XX:+UseSerialGC -XX:TrimNativeHeapInterval=5000}
CDS_DIR=target/cds
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
mkdir -p bench/out

if [ -f "$CDS_DIR/safeports.jsa" ] && [ "$CDS_DIR/safeports.jsa" -nt target/safeports.jar ]; then
  echo "   class data sharing archive up to date: $CDS_DIR/safeports.jsa"
  exit 0
fi
rm -rf "$CDS_DIR"
java -Djarmode=tools -jar target/safeports.jar extract --destination "$CDS_DIR" > /dev/null
started=$(date +%s%N)
SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" SPRING_DATASOURCE_USERNAME="$PGUSER" \
SAFEPORTS_DEMO_ENABLED=false \
  java $JAVA_OPTS -XX:ArchiveClassesAtExit="$CDS_DIR/safeports.jsa" -Dspring.context.exit=onRefresh \
    -jar "$CDS_DIR/safeports.jar" --server.port=0 > bench/out/cds-training.log 2>&1 \
  || { echo "the training run failed:"; tail -30 bench/out/cds-training.log; exit 1; }
[ -f "$CDS_DIR/safeports.jsa" ] || { echo "no archive written:"; tail -30 bench/out/cds-training.log; exit 1; }
echo "   class data sharing archive: $CDS_DIR/safeports.jsa, $(( $(stat -c %s "$CDS_DIR/safeports.jsa") / 1048576 )) MB, training run $(( ($(date +%s%N) - started) / 1000000 )) ms"

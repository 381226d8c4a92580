# Shared by the scripts: where things are, and building what is missing. Sourced, not run.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WINNOW_STATE=${WINNOW_STATE:-$ROOT/.winnow}
SPARK_JARS_HOME=$WINNOW_STATE/spark
BUILD_LOG=$WINNOW_STATE/build.log
export SPARK_LOCAL_IP=${SPARK_LOCAL_IP:-127.0.0.1}
export SPARK_SCALA_VERSION=2.13

die() { echo "$(basename "$0"): $*" >&2; exit 2; }

job_jar() { ls "$ROOT"/jobs/target/winnow-jobs-*-job.jar 2>/dev/null | head -n 1; }

# True when the job jar is missing or older than any source, pom or resource.
needs_build() {
  local jar; jar=$(job_jar)
  [[ -z $jar ]] && return 0
  [[ -n $(find "$ROOT/pom.xml" "$ROOT/common" "$ROOT/jobs" -newer "$jar" \
      \( -name '*.java' -o -name 'pom.xml' -o -path '*/resources/*' \) -type f -print -quit 2>/dev/null) ]]
}

# Builds the job jar and lays out Spark's jars as a SPARK_HOME, once; later calls return at once.
ensure_built() {
  mkdir -p "$WINNOW_STATE"
  if needs_build || [[ ! -f $SPARK_JARS_HOME/.complete ]]; then
    echo "winnow: building the job and fetching Spark's jars (first run only; log: $BUILD_LOG)" >&2
    {
      (cd "$ROOT" && mvn -B -q -DskipTests -Dspotless.check.skip=true install -pl jobs -am) &&
      rm -rf "$SPARK_JARS_HOME" && mkdir -p "$SPARK_JARS_HOME/jars" &&
      (cd "$ROOT" && mvn -B -q dependency:copy-dependencies -pl jobs -DincludeScope=provided \
          -DoutputDirectory="$SPARK_JARS_HOME/jars") &&
      touch "$SPARK_JARS_HOME/.complete"
    } >"$BUILD_LOG" 2>&1 || { echo "winnow: build failed; see $BUILD_LOG" >&2; tail -n 20 "$BUILD_LOG" >&2; exit 1; }
  fi
}

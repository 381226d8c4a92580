package org.winnow.jobs.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;

class SchemasTest {
  @Test
  void documentedSchemaFileMatchesTheCode() throws IOException {
    Path doc = Paths.get("..", "docs", "datasets.schema.json");
    assertThat(Files.readString(doc))
        .as(
            "regenerate with: java -cp \"jobs/target/winnow-jobs-*-job.jar:.winnow/spark/jars/*\""
                + " org.winnow.jobs.output.Schemas > docs/datasets.schema.json")
        .isEqualTo(Schemas.json());
  }

  @Test
  void everyColumnIsSnakeCaseAndDescribed() {
    for (var schema : Schemas.all().values()) {
      for (StructField f : schema.fields()) {
        assertThat(f.name()).matches("[a-z][a-z0-9_]*");
        assertThat(f.getComment().isDefined()).as(f.name()).isTrue();
      }
    }
  }
}

package org.garrison.releng.modelgen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The committed src-gen of the model and edit bundles is exactly what EMF generates from the
 * .ecore and .genmodel: it fails when the model changed without regenerating, or when generated
 * code was edited by hand. Fix: releng/scripts/generate-model.
 */
class GeneratedCodeIsCurrentTest {

    @Test
    void committedSourcesMatchTheModel() throws Exception {
        Path root = Path.of(System.getProperty("garrison.root"));
        Path scratch = Path.of(System.getProperty("garrison.scratch"));

        ModelGenerator.generate(root, scratch);

        assertThat(ModelGenerator.differences(root, scratch))
                .as("src-gen is stale: run releng/scripts/generate-model and commit the result")
                .isEmpty();
    }
}

package org.coderpay.pages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.coderpay.bake.BakeSession;
import org.coderpay.bake.SiteRenderingStep;
import org.coderpay.diagnostics.Problem;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.RenderingException;

/** Writes the estimator's data (see {@link EstimatorData}) when the site has a page of type estimator. */
public class EstimatorDataWriter extends SiteRenderingStep {
    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        BakeSession session = BakeSession.of(config);
        EstimatorQuestions questions = EstimatorQuestions.of(session);
        questions.resolved(session);
        if (!questions.complete) {
            return 0; // no estimator page, or its problems are already reported
        }
        session.claimOutput(EstimatorData.OUTPUT, "data/");
        Path file = config.getDestinationFolder().toPath().resolve(EstimatorData.OUTPUT);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, EstimatorData.json(session), StandardCharsets.UTF_8);
        } catch (IOException e) {
            session.problems().add(Problem.inFile(Path.of("data"), "Cannot write " + EstimatorData.OUTPUT + ": "
                    + e.getMessage(), "Check that the output folder is writable."));
        }
        return 0;
    }
}

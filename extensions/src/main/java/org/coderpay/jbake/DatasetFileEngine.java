package org.coderpay.jbake;

import java.io.File;

import org.coderpay.bake.BakeSession;
import org.coderpay.data.DatasetCatalog;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkupEngine;

/**
 * Takes over {@code .yaml} files from JBake's own reader, which reads YAML 1.1 ({@code no} becomes
 * false, {@code 0123} octal) and crashes the bake on a syntax error. Our datasets are read once per
 * bake by {@link DatasetCatalog} with a YAML 1.2 parser and full validation; JBake's store only gets a
 * small record per file, which no template reads.
 */
public class DatasetFileEngine extends MarkupEngine {
    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        DatasetCatalog.of(BakeSession.of(config));
        DocumentModel model = new DocumentModel();
        model.put("dataset", file.getName().replaceFirst("\\.ya?ml$", ""));
        return model;
    }
}

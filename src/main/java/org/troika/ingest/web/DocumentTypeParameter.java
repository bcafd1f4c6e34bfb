package org.troika.ingest.web;

import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.ParameterCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.troika.document.domain.DocumentType;

/**
 * Lists the document types in the API description of the import's docType parameter, from DocumentType itself: an
 * annotation can only hold a constant, and a list written there would drift from the types the importer takes.
 */
@Component
class DocumentTypeParameter implements ParameterCustomizer {

    static final String DESCRIPTION = "Store documents as source documents of this type";

    @Override
    public Parameter customize(Parameter parameter, MethodParameter method) {
        if (parameter != null && method.getDeclaringClass() == ImportApiController.class && "docType".equals(parameter.getName())) {
            parameter.description(DESCRIPTION + ": " + DocumentType.keys());
        }
        return parameter;
    }
}

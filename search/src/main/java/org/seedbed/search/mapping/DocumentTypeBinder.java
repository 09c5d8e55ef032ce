package org.seedbed.search.mapping;

import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.seedbed.search.document.DocumentType;
import org.seedbed.search.document.SearchFields;

/** Writes what kind of document this is and whether the public may find it. */
final class DocumentTypeBinder implements TypeBinder {

    private final DocumentType type;

    DocumentTypeBinder(DocumentType type) {
        this.type = type;
    }

    @Override
    public void bind(TypeBindingContext context) {
        if (DocumentType.PUBLIC.contains(type)) {
            context.dependencies().use("status");
        } else {
            context.dependencies().useRootOnly();
        }
        IndexFieldReference<String> typeField = context.indexSchemaElement()
                .field(
                        SearchFields.TYPE,
                        f -> f.asString().aggregable(Aggregable.YES).projectable(Projectable.YES))
                .toReference();
        IndexFieldReference<Boolean> listedField = context.indexSchemaElement()
                .field(SearchFields.LISTED, f -> f.asBoolean())
                .toReference();
        context.bridge(Object.class, (target, entity, writeContext) -> {
            target.addValue(typeField, type.key());
            target.addValue(listedField, type.listed(entity));
        });
    }
}

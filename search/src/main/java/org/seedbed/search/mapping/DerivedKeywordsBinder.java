package org.seedbed.search.mapping;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.bridge.binding.PropertyBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.PropertyBinder;

/**
 * Writes keyword fields computed from one property, such as the ids of an org unit and all units
 * above it. The values depend only on the property itself (ids and codes that do not change), so
 * edits inside the referenced entity need not reindex this document.
 */
final class DerivedKeywordsBinder<P> implements PropertyBinder {

    private final Class<P> propertyType;
    private final Map<String, Function<P, Collection<String>>> fields = new LinkedHashMap<>();

    private DerivedKeywordsBinder(Class<P> propertyType) {
        this.propertyType = propertyType;
    }

    static <P> DerivedKeywordsBinder<P> of(
            Class<P> propertyType, String field, Function<P, Collection<String>> values) {
        return new DerivedKeywordsBinder<>(propertyType).and(field, values);
    }

    DerivedKeywordsBinder<P> and(String field, Function<P, Collection<String>> values) {
        fields.put(field, values);
        return this;
    }

    @Override
    public void bind(PropertyBindingContext context) {
        context.dependencies().useRootOnly();
        List<Map.Entry<IndexFieldReference<String>, Function<P, Collection<String>>>> references = new ArrayList<>();
        fields.forEach((name, values) -> references.add(Map.entry(
                context.indexSchemaElement()
                        .field(
                                name,
                                f -> f.asString().aggregable(Aggregable.YES).projectable(Projectable.YES))
                        .multiValued()
                        .toReference(),
                values)));
        context.bridge(propertyType, (target, value, writeContext) -> {
            if (value == null) {
                return;
            }
            for (Map.Entry<IndexFieldReference<String>, Function<P, Collection<String>>> field : references) {
                for (String keyword : field.getValue().apply(value)) {
                    if (keyword != null) {
                        target.addValue(field.getKey(), keyword);
                    }
                }
            }
        });
    }
}

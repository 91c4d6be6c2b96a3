package org.aashray.base;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Applies {@link TextInput#clean} to every text attribute of every entity as it is written. */
@Converter(autoApply = true)
public class TextInputConverter implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String attribute) {
        return TextInput.clean(attribute);
    }

    @Override
    public String convertToEntityAttribute(String column) {
        return column;
    }
}

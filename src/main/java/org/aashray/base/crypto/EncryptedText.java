package org.aashray.base.crypto;

import org.aashray.base.TextInput;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Put {@code @Convert(converter = EncryptedText.class)} on a String attribute: the column stores AES-GCM
 * ciphertext, the entity sees plain text. Hibernate creates converters itself, so the cipher configured at
 * start-up is handed over through {@link #use}.
 */
@Converter
public class EncryptedText implements AttributeConverter<String, String> {

    private static volatile FieldCipher cipher;

    static void use(FieldCipher configured) {
        cipher = configured;
    }

    private static FieldCipher cipher() {
        FieldCipher c = cipher;
        if (c == null) throw new IllegalStateException("FieldCipher not configured yet");
        return c;
    }

    /**
     * An explicit converter replaces the auto-applied {@link org.aashray.base.TextInputConverter}, so the same removal of control
     * and direction-override characters ({@link TextInput#clean}) happens here, before encrypting.
     */
    @Override
    public String convertToDatabaseColumn(String attribute) {
        String clean = TextInput.clean(attribute);
        return clean == null || clean.isEmpty() ? null : cipher().encrypt(clean);
    }

    @Override
    public String convertToEntityAttribute(String dbData) {
        return dbData == null ? null : cipher().decrypt(dbData);
    }
}

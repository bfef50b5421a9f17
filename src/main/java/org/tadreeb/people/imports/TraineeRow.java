package org.tadreeb.people.imports;

import java.io.Serializable;
import org.tadreeb.people.Gender;
import org.tadreeb.platform.i18n.Language;

/**
 * A row that passed every check, in the form the import writes: the service number normalised, the rank,
 * organisation and governorate as codes, and null for what the row leaves blank.
 */
public record TraineeRow(int row, String serviceNumber, String nameArabic, String nameLatin, String rankCode,
                         String organisationCode, String unit, String governorateCode, Gender gender, String phone,
                         String email, Language language) implements Serializable {
}

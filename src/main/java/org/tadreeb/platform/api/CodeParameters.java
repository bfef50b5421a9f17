package org.tadreeb.platform.api;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import org.tadreeb.platform.Code;

/**
 * Path and query parameters typed as a {@link Code} ({@code @PathParam("code") CohortCode code}): read through the
 * code's own {@code of(String)}, so that an address with a lower-case or padded code finds the same record.
 * It finds the factory by reflection so that this package needs no domain's types.
 */
@Provider
public class CodeParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (!Code.class.isAssignableFrom(rawType)) {
            return null;
        }
        Method of = factoryOf(rawType);
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                try {
                    return (T) of.invoke(null, value);
                } catch (IllegalAccessException | InvocationTargetException broken) {
                    throw new IllegalStateException("Cannot read a " + rawType.getSimpleName(), broken);
                }
            }

            @Override
            public String toString(T value) {
                return ((Code) value).value();
            }
        };
    }

    private static Method factoryOf(Class<?> codeType) {
        try {
            Method of = codeType.getMethod("of", String.class);
            if (!Modifier.isStatic(of.getModifiers()) || !codeType.isAssignableFrom(of.getReturnType())) {
                throw new IllegalStateException(codeType.getName() + ".of(String) must be static and return it");
            }
            return of;
        } catch (NoSuchMethodException missing) {
            throw new IllegalStateException(codeType.getName() + " has no static of(String)", missing);
        }
    }
}

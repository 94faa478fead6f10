package io.parley.dashboard.web;

import java.util.Locale;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;

/** Query parameters take enum values in any case ({@code ?outcome=failed}), as JSON bodies do. */
@Configuration(proxyBeanMethods = false)
class CaseInsensitiveEnums implements WebFluxConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverterFactory(new ConverterFactory<String, Enum>() {
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            public <T extends Enum> Converter<String, T> getConverter(Class<T> type) {
                return source -> source.isBlank() ? null
                        : (T) Enum.valueOf((Class) type, source.strip().toUpperCase(Locale.ROOT));
            }
        });
    }
}

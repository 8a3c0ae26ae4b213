/**
 * Interface language. Every string shown to people lives in locales/en.json and locales/ru.json; code asks
 * for a key. The choice is remembered in localStorage and written to <html lang>.
 */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import en from '../locales/en.json' with { type: 'json' };
import ru from '../locales/ru.json' with { type: 'json' };

export const LOCALES = { en, ru } as const;
export type Locale = keyof typeof LOCALES;
export type MessageKey = keyof typeof en;

type Vars = Record<string, string | number>;

interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  /** The message for `key`, with `{name}` placeholders filled from `vars`. */
  t: (key: MessageKey, vars?: Vars) => string;
  /** A label for a vocabulary id (`eventType`, `status`, …), falling back to the id made readable. */
  label: (group: string, id: string | null | undefined) => string;
  formatNumber: (value: number) => string;
  formatDate: (iso: string) => string;
}

const I18nContext = createContext<I18n | null>(null);

function fill(template: string, vars?: Vars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

function initialLocale(): Locale {
  const saved = window.localStorage.getItem('dalil.locale');
  if (saved === 'en' || saved === 'ru') return saved;
  return navigator.language.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const setLocale = useCallback((next: Locale) => {
    window.localStorage.setItem('dalil.locale', next);
    setLocaleState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const messages: Record<string, string> = LOCALES[locale];
    const numbers = new Intl.NumberFormat(locale);
    const dates = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    return {
      locale,
      setLocale,
      t: (key, vars) => fill(messages[key] ?? en[key] ?? key, vars),
      label: (group, id) => {
        if (!id) return '';
        return messages[`${group}.${id}`] ?? id.replaceAll('_', ' ');
      },
      formatNumber: (n) => numbers.format(n),
      formatDate: (iso) => {
        const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
        return Number.isNaN(date.getTime()) ? iso : dates.format(date);
      },
    };
  }, [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The interface language and its helpers. */
export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}

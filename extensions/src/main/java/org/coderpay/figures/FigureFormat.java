package org.coderpay.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * How every figure on the site is written, in one place: {@code $55,000}, {@code $55,000–$75,000},
 * {@code $80,000+}, {@code $26.44}, {@code 20–30%}, {@code 6–18 months}, {@code about $48,000}.
 *
 * <p>Deliberately hand-written rather than built on {@link java.text.NumberFormat}: the output must
 * not depend on the JVM's locale (a German JVM would write {@code 55.000 $}), and a reader sees the
 * same characters whether the site was built on a laptop or in CI. Ranges use an en dash (U+2013)
 * with no spaces, as US style guides recommend for number ranges; negative amounts use a true minus
 * sign (U+2212). Cents are computed with {@link BigDecimal}, rounded half-up.
 *
 * <p>A range whose high end equals its low end is written as the single value; a high end below the
 * low end is a programming error ({@link IllegalArgumentException}): datasets are validated before
 * they get here.
 */
public final class FigureFormat {
    /** The en dash between the ends of every range. */
    public static final String RANGE_DASH = "\u2013";
    /** Working hours in a year, the divisor for hourly equivalents (40 hours × 52 weeks). */
    public static final int HOURS_PER_YEAR = 2080;

    private static final String MINUS = "\u2212";
    private static final BigDecimal HOURS = BigDecimal.valueOf(HOURS_PER_YEAR);
    private static final String[] MONTH_NAMES = {
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December"
    };

    private FigureFormat() {
    }

    /** A whole number with comma thousands separators: {@code 2080} → {@code 2,080}. */
    public static String number(long value) {
        return (value < 0 ? MINUS : "") + grouped(value);
    }

    /** The digits of |value| in groups of three, read from the text: Long.MIN_VALUE has no positive long. */
    private static String grouped(long value) {
        String digits = Long.toString(value);
        if (digits.startsWith("-")) {
            digits = digits.substring(1);
        }
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3);
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            out.append(',').append(digits, i, i + 3);
        }
        return out.toString();
    }

    /** Whole dollars: {@code 55000} → {@code $55,000}; {@code -5000} → {@code −$5,000}. */
    public static String money(long dollars) {
        return (dollars < 0 ? MINUS : "") + "$" + grouped(dollars);
    }

    /**
     * A dollar range: {@code $55,000–$75,000}; open-ended {@code $60,000–$80,000+}; with no high end
     * {@code $80,000+} (open-ended) or {@code $50,000} (a single figure).
     *
     * @param high the high end, or {@code null} when the figure has only a low end
     * @param openEnded whether the top of the range is "and more" (a {@code +} is appended)
     */
    public static String moneyRange(long low, Long high, boolean openEnded) {
        return range(money(low), high == null ? null : money(checkHigh(low, high)), sameEnds(low, high),
                openEnded, "");
    }

    /** A rise in dollars, as for a credential's premium: {@code +$5,000–$10,000}. */
    public static String moneyIncrease(long low, Long high) {
        return "+" + moneyRange(low, high, false);
    }

    /**
     * The hourly equivalent of an annual amount: annual / 2,080 hours, rounded half-up to cents:
     * {@code 55000} → {@code $26.44}.
     */
    public static String hourly(long annualDollars) {
        BigDecimal perHour = BigDecimal.valueOf(annualDollars).divide(HOURS, 2, RoundingMode.HALF_UP);
        BigDecimal whole = perHour.setScale(0, RoundingMode.DOWN);
        String cents = perHour.subtract(whole).abs().movePointRight(2).setScale(0, RoundingMode.UNNECESSARY)
                .toPlainString();
        String sign = perHour.signum() < 0 ? MINUS : "";
        return sign + "$" + number(whole.abs().longValueExact()) + "." + (cents.length() == 1 ? "0" + cents : cents);
    }

    /** {@link #hourly} of both ends of an annual range, written like {@link #moneyRange}: {@code $26.44–$36.06}. */
    public static String hourlyRange(long lowAnnual, Long highAnnual, boolean openEnded) {
        return range(hourly(lowAnnual), highAnnual == null ? null : hourly(checkHigh(lowAnnual, highAnnual)),
                sameEnds(lowAnnual, highAnnual), openEnded, "");
    }

    /** A percentage: {@code 8} → {@code 8%}. */
    /** An ordinal in English: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd... (ranks, percentiles). */
    public static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    public static String percent(int value) {
        return number(value) + "%";
    }

    /** A percentage range, the sign written once: {@code 20–30%}; with no high end {@code 8%}. */
    public static String percentRange(int low, Integer high) {
        return percentRange(low, high, false);
    }

    /** A percentage range that may be open-ended: {@code 20–30%}, {@code 20%+}, {@code 20–30%+}. */
    public static String percentRange(int low, Integer high, boolean openEnded) {
        Long wideHigh = high == null ? null : (long) checkHigh(low, high);
        return range(number(low), wideHigh == null ? null : number(wideHigh), sameEnds(low, wideHigh),
                openEnded, "%");
    }

    /** A rise in percent, as for a promotion or a premium: {@code +15–30%}. */
    public static String percentIncrease(int low, Integer high) {
        return "+" + percentRange(low, high);
    }

    /** An approximate figure: {@code 48000} → {@code about $48,000}. */
    public static String approx(long dollars) {
        return approx(money(dollars));
    }

    /** Any formatted figure, marked approximate: {@code about $48,000}. */
    public static String approx(String formattedFigure) {
        return "about " + ModelChecks.requireText(formattedFigure, "figure");
    }

    /** A span of months: {@code 6–18 months}, {@code 1 month}, {@code 6+ months}. */
    public static String monthsRange(int low, Integer high, boolean openEnded) {
        return counted(low, high, openEnded, "month", "months");
    }

    /** {@link #monthsRange(int, Integer, boolean)} without an open end. */
    public static String monthsRange(int low, Integer high) {
        return monthsRange(low, high, false);
    }

    /** A span of years: {@code 0–2 years}, {@code 6+ years}, {@code 5 years}, {@code 1 year}. */
    public static String yearsRange(int low, Integer high, boolean openEnded) {
        return counted(low, high, openEnded, "year", "years");
    }

    /** {@link #yearsRange(int, Integer, boolean)} without an open end. */
    public static String yearsRange(int low, Integer high) {
        return yearsRange(low, high, false);
    }

    /**
     * A short dollar label for chart axes: {@code 40000} → {@code $40k}, {@code 2500} → {@code $2.5k},
     * {@code 500} → {@code $500}. Thousands with one decimal, rounded half-up, trailing {@code .0} dropped.
     */
    public static String moneyShort(long dollars) {
        String sign = dollars < 0 ? MINUS : "";
        BigDecimal amount = BigDecimal.valueOf(dollars).abs(); // exact for Long.MIN_VALUE too
        if (amount.compareTo(BigDecimal.valueOf(1000)) < 0) {
            return sign + "$" + amount.toPlainString();
        }
        BigDecimal thousands = amount.movePointLeft(3).setScale(1, RoundingMode.HALF_UP);
        BigDecimal whole = thousands.setScale(0, RoundingMode.DOWN);
        String text = thousands.compareTo(whole) == 0
                ? number(whole.longValueExact())
                : number(whole.longValueExact()) + "." + thousands.subtract(whole).movePointRight(1).intValue();
        return sign + "$" + text + "k";
    }

    /** A date as readers in the US write it: {@code November 1, 2026}. */
    public static String humanDate(LocalDate date) {
        return MONTH_NAMES[date.getMonthValue() - 1] + " " + date.getDayOfMonth() + ", " + date.getYear();
    }

    /** A date for machines ({@code datetime} attributes): {@code 2026-11-01}. */
    public static String isoDate(LocalDate date) {
        return date.toString();
    }

    private static String counted(int low, Integer high, boolean openEnded, String one, String many) {
        if (high == null || high == low) {
            // "1 year", but "1+ years": an open end means more than one.
            boolean single = low == 1 && !openEnded;
            return number(low) + (openEnded ? "+" : "") + " " + (single ? one : many);
        }
        checkHigh(low, high);
        return number(low) + RANGE_DASH + number(high) + (openEnded ? "+" : "") + " " + many;
    }

    private static String range(String low, String high, boolean sameEnds, boolean openEnded, String suffix) {
        String plus = openEnded ? "+" : "";
        if (high == null || sameEnds) {
            return low + suffix + plus;
        }
        return low + RANGE_DASH + high + suffix + plus;
    }

    private static boolean sameEnds(long low, Long high) {
        return high != null && high == low;
    }

    private static long checkHigh(long low, long high) {
        if (high < low) {
            throw new IllegalArgumentException("range high end " + high + " is below its low end " + low);
        }
        return high;
    }

    private static int checkHigh(int low, int high) {
        return (int) checkHigh((long) low, (long) high);
    }
}

package org.seedbed.organization.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.seedbed.problem.FieldProblem;

/**
 * The Unified Social Credit Code (统一社会信用代码) of GB 32100-2015: 18 characters made of the
 * registration authority (position 1), the kind of organization (2), the administrative division
 * of the registering office (3-8), the GB 11714 organization code with its own check character
 * (9-17) and a check character over everything before it (18). Letters I, O, Z, S and V are never used.
 */
public final class UnifiedSocialCreditCode {

    /** The 31 characters a code may contain; a character's index is its value for the check character. */
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /** Registration authority 5 is civil affairs (民政), which registers social organizations. */
    private static final char CIVIL_AFFAIRS = '5';

    /*
     * Kind codes allowed per registration authority, as listed in GB 32100-2015 Annex A:
     * 1 机构编制: 1 机关, 2 事业单位, 3 中央编办直接管理机构编制的群众团体, 9 其他
     * 2 外交: 1 外国常驻新闻机构, 9 其他
     * 3 司法行政: 1 律师执业机构, 2 公证处, 3 基层法律服务所, 4 司法鉴定机构, 5 仲裁委员会, 9 其他
     * 4 文化: 1 外国在华文化中心, 9 其他
     * 5 民政: 1 社会团体, 2 民办非企业单位(社会服务机构), 3 基金会, 9 其他
     * 6 旅游: 1 外国旅游部门常驻代表机构, 2 港澳台地区旅游部门常驻内地（大陆）代表机构, 9 其他
     * 7 宗教: 1 宗教活动场所, 2 宗教院校, 9 其他
     * 8 工会: 1 基层工会, 9 其他
     * 9 工商(市场监管): 1 企业, 2 个体工商户, 3 农民专业合作社
     * A 中央军委改革和编制办公室: 1 军队事业单位, 9 其他
     * N 农业: 1 组级, 2 村级, 3 乡镇级集体经济组织, 9 其他
     * Y 其他: 1 only
     */
    private static final Map<Character, String> KINDS = Map.ofEntries(
            Map.entry('1', "1239"),
            Map.entry('2', "19"),
            Map.entry('3', "123459"),
            Map.entry('4', "19"),
            Map.entry('5', "1239"),
            Map.entry('6', "129"),
            Map.entry('7', "129"),
            Map.entry('8', "19"),
            Map.entry('9', "123"),
            Map.entry('A', "19"),
            Map.entry('N', "1239"),
            Map.entry('Y', "1"));

    /** Province-level prefixes of GB/T 2260, two digits each. */
    private static final List<String> PROVINCES = List.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43",
            "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82");

    /** Organizations registered by national bodies (e.g. the Ministry of Civil Affairs) carry 100000. */
    private static final String NATIONAL = "100000";

    private static final int[] ORG_CODE_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private UnifiedSocialCreditCode() {}

    /**
     * What is wrong with {@code code}, empty when it is valid. A non-null {@code expectedKindCode}
     * also requires a civil-affairs code (authority 5) of that kind, e.g. '1' for a social group.
     */
    public static List<FieldProblem> problems(String field, String code, Character expectedKindCode) {
        String c = normalize(code);
        if (c == null || c.length() != 18) {
            return List.of(FieldProblem.of(field, "uscc.length", c == null ? 0 : c.length()));
        }
        for (int i = 0; i < c.length(); i++) {
            if (ALPHABET.indexOf(c.charAt(i)) < 0) {
                return List.of(FieldProblem.of(field, "uscc.alphabet", i + 1, String.valueOf(c.charAt(i))));
            }
        }
        // One wrong part is enough to report: later parts and the check characters would only add noise.
        String authority = c.substring(0, 1);
        String kind = c.substring(1, 2);
        String kinds = KINDS.get(c.charAt(0));
        if (kinds == null) {
            return List.of(FieldProblem.of(field, "uscc.authority", authority));
        }
        if (kinds.indexOf(c.charAt(1)) < 0) {
            return List.of(FieldProblem.of(field, "uscc.kind", authority, kind));
        }
        String division = c.substring(2, 8);
        if (!isDivision(division)) {
            return List.of(FieldProblem.of(field, "uscc.division", division));
        }
        List<FieldProblem> problems = new ArrayList<>();
        // A well-formed code of the wrong kind is worth saying even when a check character is off too.
        if (expectedKindCode != null) {
            String expected = "" + CIVIL_AFFAIRS + Character.toUpperCase(expectedKindCode);
            if (!c.startsWith(expected)) {
                problems.add(FieldProblem.of(field, "uscc.kindMismatch", expected, c.substring(0, 2)));
            }
        }
        char orgCheck = orgCodeCheckCharacter(c.substring(8, 16));
        if (c.charAt(16) != orgCheck) {
            // The last character is computed over this one, so its mismatch would only repeat the news.
            problems.add(FieldProblem.of(
                    field, "uscc.orgCodeCheck", String.valueOf(orgCheck), String.valueOf(c.charAt(16))));
            return List.copyOf(problems);
        }
        char check = checkCharacter(c.substring(0, 17));
        if (c.charAt(17) != check) {
            problems.add(
                    FieldProblem.of(field, "uscc.checkCharacter", String.valueOf(check), String.valueOf(c.charAt(17))));
        }
        return List.copyOf(problems);
    }

    /** Trimmed, upper-case, half-width form; full-width digits and letters are common in pasted text. */
    public static String normalize(String code) {
        if (code == null) {
            return null;
        }
        StringBuilder half = new StringBuilder(code.length());
        for (int i = 0; i < code.length(); i++) {
            char ch = code.charAt(i);
            boolean fullWidth = (ch >= '０' && ch <= '９') || (ch >= 'Ａ' && ch <= 'Ｚ') || (ch >= 'ａ' && ch <= 'ｚ');
            half.append(fullWidth ? (char) (ch - 0xFEE0) : ch);
        }
        // strip(), unlike trim(), also removes the ideographic space U+3000.
        return half.toString().strip().toUpperCase(Locale.ROOT);
    }

    public static boolean isValid(String code) {
        return problems("code", code, null).isEmpty();
    }

    /**
     * Completes authority, kind, division and the 8-character organization code body (16 characters)
     * with the organization code check character and the final check character.
     */
    public static String withCheckCharacters(String first16) {
        if (first16 == null || first16.length() != 16) {
            throw new IllegalArgumentException("Expected 16 characters, got " + first16);
        }
        for (int i = 0; i < 16; i++) {
            if (ALPHABET.indexOf(first16.charAt(i)) < 0) {
                throw new IllegalArgumentException("Character " + (i + 1) + " of " + first16 + " is not allowed");
            }
        }
        String first17 = first16 + orgCodeCheckCharacter(first16.substring(8));
        return first17 + checkCharacter(first17);
    }

    private static boolean isDivision(String division) {
        if (!division.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return false;
        }
        return division.equals(NATIONAL) || PROVINCES.contains(division.substring(0, 2));
    }

    /** GB 11714: digits count as themselves, letters by their place in the full Latin alphabet (A=10). */
    private static char orgCodeCheckCharacter(String body) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char ch = body.charAt(i);
            int value = ch <= '9' ? ch - '0' : ch - 'A' + 10;
            sum += value * ORG_CODE_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    private static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }
}

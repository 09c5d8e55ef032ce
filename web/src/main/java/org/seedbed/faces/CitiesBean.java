package org.seedbed.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.seedbed.problem.SeedbedProblem;
import org.seedbed.tenancy.boundary.Cities;
import org.seedbed.tenancy.boundary.CityCreated;
import org.seedbed.tenancy.boundary.CityView;
import org.seedbed.tenancy.boundary.NewCity;
import org.seedbed.tenancy.entity.TenantSpec;

/** Platform admin page: the list of cities, a form to create one, retirement. */
@Named
@ViewScoped
public class CitiesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Cities cities;

    private String slug;
    private String nameZh;
    private String nameEn;
    private String hostNames;
    private String locale = "zh-CN";
    private String currency = "CNY";
    private String timeZone = "Asia/Shanghai";
    private String adminUsername = "admin";
    private String adminEmail;
    private String adminName;
    private String adminPassword;

    public List<CityView> getAll() {
        return cities.all();
    }

    public void create() {
        try {
            List<String> hosts = hostNames == null || hostNames.isBlank()
                    ? List.of()
                    : Arrays.stream(hostNames.split("[,\\s]+"))
                            .filter(h -> !h.isBlank())
                            .toList();
            CityCreated created = cities.create(new NewCity(
                    new TenantSpec(slug, nameZh, nameEn, hosts, locale, currency, timeZone, null),
                    adminUsername,
                    adminEmail,
                    adminName,
                    adminPassword));
            Texts.info("cities.created", created.city().slug(), created.provisioningMillis());
            slug = nameZh = nameEn = hostNames = adminEmail = adminName = adminPassword = null;
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
    }

    public void retire(String citySlug) {
        try {
            CityView retired = cities.retire(citySlug);
            Texts.info("cities.retired", citySlug, retired.exportFile());
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getHostNames() {
        return hostNames;
    }

    public void setHostNames(String hostNames) {
        this.hostNames = hostNames;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getAdminUsername() {
        return adminUsername;
    }

    public void setAdminUsername(String adminUsername) {
        this.adminUsername = adminUsername;
    }

    public String getAdminEmail() {
        return adminEmail;
    }

    public void setAdminEmail(String adminEmail) {
        this.adminEmail = adminEmail;
    }

    public String getAdminName() {
        return adminName;
    }

    public void setAdminName(String adminName) {
        this.adminName = adminName;
    }

    public String getAdminPassword() {
        return adminPassword;
    }

    public void setAdminPassword(String adminPassword) {
        this.adminPassword = adminPassword;
    }
}

package org.seedbed.tenancy.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.seedbed.tenancy.control.TenantSlug;

/**
 * A city: the unit of isolation. Its data lives in its own schema ({@link #schemaName()}), on the
 * platform datasource unless it names one of its own. Created by provisioning, retired by
 * exporting its data and dropping its schema; the registry row stays as the record of both.
 */
@Entity
@Table(name = "tenant", schema = "platform")
public class Tenant {

    @Id
    private String slug;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(nullable = false)
    private String locale;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(name = "schema_name", nullable = false, unique = true)
    private String schemaName;

    /** JNDI name of the city's own datasource; {@code null} for the platform datasource. */
    @Column(name = "datasource")
    private String datasource;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TenantStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tenant_host", schema = "platform", joinColumns = @JoinColumn(name = "tenant_slug"))
    @Column(name = "host_name", nullable = false, unique = true)
    private Set<String> hostNames = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Column(name = "export_file")
    private String exportFile;

    @Version
    private long version;

    protected Tenant() {}

    public Tenant(TenantSpec spec, Instant now) {
        this.slug = spec.slug();
        this.nameZh = spec.nameZh();
        this.nameEn = spec.nameEn();
        this.locale = spec.locale();
        this.currency = spec.currency();
        this.timeZone = spec.timeZone();
        this.datasource = spec.datasource();
        this.hostNames.addAll(spec.hostNames());
        this.schemaName = TenantSlug.schemaOf(spec.slug());
        this.status = TenantStatus.ACTIVE;
        this.createdAt = now;
    }

    /** Stops the city answering, so that nothing is written while its data is exported. */
    public void beginRetirement() {
        if (status != TenantStatus.ACTIVE) {
            throw new IllegalStateException("city " + slug + " is not active");
        }
        this.status = TenantStatus.RETIRING;
    }

    /** Puts the city back into service when its export failed. */
    public void cancelRetirement() {
        if (status == TenantStatus.RETIRING) {
            this.status = TenantStatus.ACTIVE;
        }
    }

    /** Marks the city retired once its data was exported to {@code exportFile}. */
    public void retire(String exportFile, Instant now) {
        if (status != TenantStatus.RETIRING) {
            throw new IllegalStateException("city " + slug + " is not being retired");
        }
        this.status = TenantStatus.RETIRED;
        this.exportFile = exportFile;
        this.retiredAt = now;
        this.hostNames.clear();
    }

    public boolean isActive() {
        return status == TenantStatus.ACTIVE;
    }

    public String slug() {
        return slug;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** The city's name in the given language: Chinese for zh, English otherwise. */
    public String name(Locale language) {
        return "zh".equals(language.getLanguage()) ? nameZh : nameEn;
    }

    public String locale() {
        return locale;
    }

    public String currency() {
        return currency;
    }

    public String timeZone() {
        return timeZone;
    }

    public String schemaName() {
        return schemaName;
    }

    public String datasource() {
        return datasource;
    }

    public TenantStatus status() {
        return status;
    }

    public Set<String> hostNames() {
        return Set.copyOf(hostNames);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant retiredAt() {
        return retiredAt;
    }

    public String exportFile() {
        return exportFile;
    }
}

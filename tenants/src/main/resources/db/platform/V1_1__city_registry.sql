-- The registry of cities (tenants).

create table tenant (
    slug        varchar(30)  primary key,
    name_zh     varchar(100) not null,
    name_en     varchar(100) not null,
    locale      varchar(16)  not null,
    currency    char(3)      not null,
    time_zone   varchar(64)  not null,
    schema_name varchar(63)  not null unique,
    datasource  varchar(200),
    status      varchar(16)  not null,
    created_at  timestamptz  not null,
    retired_at  timestamptz,
    export_file varchar(500),
    version     bigint       not null default 0,
    constraint tenant_status_known check (status in ('ACTIVE', 'RETIRED'))
);

create table tenant_host (
    tenant_slug varchar(30)  not null references tenant (slug),
    host_name   varchar(253) not null unique,
    primary key (tenant_slug, host_name)
);

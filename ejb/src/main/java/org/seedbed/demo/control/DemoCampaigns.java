package org.seedbed.demo.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import org.seedbed.campaign.boundary.SandboxPayments;
import org.seedbed.campaign.control.DonationIntake;
import org.seedbed.campaign.control.PaymentConfig;
import org.seedbed.campaign.control.PaymentGateway;
import org.seedbed.campaign.entity.Campaign;
import org.seedbed.campaign.entity.Donation;
import org.seedbed.campaign.entity.MatchingPool;
import org.seedbed.tenancy.control.TenantContext;

/**
 * Campaigns of a demo city, given to through the sandbox exactly as donors give: two open
 * campaigns matched by a company's 1:1 pool and the city's 99 Giving Day pool, gifts paid (some
 * anonymous, one refunded), declined and still being paid, and a campaign awaiting approval.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoCampaigns {

    private record Gift(String name, String email, String message, boolean anonymous, int yuan, String outcome) {}

    private static final List<Gift> ELDERLY_GIFTS = List.of(
            new Gift("李女士", "li@donor.example", "愿老人们吃得暖、吃得好。", false, 200, "pay"),
            new Gift("张先生", "zhang@donor.example", "支持社区助餐！", false, 100, "pay"),
            new Gift(null, null, null, true, 50, "pay"),
            new Gift("王阿姨", null, "我也是这个社区的，加油。", false, 30, "pay"),
            new Gift("陈同学", "chen@donor.example", null, false, 20, "pay"),
            new Gift(null, "anon@donor.example", "一点心意", true, 500, "pay"),
            new Gift("刘女士", "liu@donor.example", null, false, 300, "refund"),
            new Gift("周先生", "zhou@donor.example", null, false, 100, "decline"),
            new Gift("吴女士", "wu@donor.example", "晚点再付", false, 80, "open"),
            new Gift("孙先生", "sun@donor.example", "为邻里点赞", false, 150, "pay"));

    private static final List<Gift> CHILDREN_GIFTS = List.of(
            new Gift("赵敏", "zhaomin@donor.example", "孩子们暑假快乐！", false, 100, "pay"),
            new Gift(null, null, null, true, 20, "pay"),
            new Gift("钱老师", "qian@donor.example", "支持儿童之家。", false, 200, "pay"),
            new Gift("冯女士", "feng@donor.example", null, false, 60, "pay"));

    @Inject
    DemoCampaignSetup setup;

    @Inject
    DonationIntake intake;

    @Inject
    SandboxPayments sandbox;

    @Inject
    PaymentConfig config;

    public void populate(String cityNameZh) {
        List<Long> organizations = setup.verifiedOrganizations();
        if (organizations.isEmpty()) {
            return;
        }
        long elderly = setup.campaign(
                organizations.get(0),
                cityNameZh + "社区长者助餐暖心行动",
                "Warm meals for older neighbours",
                "社区里有不少独居和高龄老人，做饭不便。我们在社区活动中心开设长者助餐点，每天为 60 位老人提供营养午餐，"
                        + "并由志愿者为行动不便的老人送餐上门。您的每一份捐赠都会用于餐费补贴和送餐志愿者的保险与交通。\n\n"
                        + "本项目获爱心企业 1:1 配捐，99 公益日期间还有政府配捐。",
                "Many older people in the community live alone and find cooking hard. We run a lunch point in the"
                        + " community centre serving 60 older people a day, and volunteers bring meals to those who cannot"
                        + " come. Gifts pay for meal subsidies and the volunteers' insurance and travel.\n\n"
                        + "A company matches every gift 1:1, and the city adds matching on 99 Giving Day.",
                50_000,
                10,
                20,
                "[{\"category\":\"餐费\",\"item\":\"午餐补贴（60人×60天）\",\"amount\":36000},"
                        + "{\"category\":\"志愿者\",\"item\":\"送餐志愿者保险与交通\",\"amount\":8000},"
                        + "{\"category\":\"设备\",\"item\":\"保温餐箱\",\"amount\":6000}]",
                Campaign.Status.ACTIVE,
                "助餐点本周已为 58 位老人送上午餐，感谢大家的支持！");
        long children = setup.campaign(
                organizations.get(Math.min(1, organizations.size() - 1)),
                "儿童之家暑期公益课堂",
                "Summer classes at the children's home",
                "为双职工家庭和留守儿童开设暑期课堂：作业辅导、阅读、手工和安全教育，由社工和大学生志愿者带领。",
                "Summer classes for children of working parents and left-behind children: homework help, reading,"
                        + " crafts and safety lessons, run by social workers and student volunteers.",
                20_000,
                5,
                25,
                "[{\"category\":\"活动\",\"item\":\"课堂材料\",\"amount\":12000},"
                        + "{\"category\":\"志愿者\",\"item\":\"志愿者补贴\",\"amount\":8000}]",
                Campaign.Status.ACTIVE,
                null);
        setup.campaign(
                organizations.get(organizations.size() - 1),
                "社区花园共建计划",
                "A community garden, built together",
                "把楼下的闲置空地变成居民共建共享的社区花园。",
                "Turning an empty plot into a garden the residents build and share.",
                30_000,
                -3,
                40,
                "[]",
                Campaign.Status.PENDING,
                null);
        setup.pool(
                cityNameZh + "爱心企业联盟",
                MatchingPool.SponsorKind.COMPANY,
                MatchingPool.Scope.CAMPAIGN,
                elderly,
                "1",
                20_000,
                200L,
                null,
                0);
        setup.pool(
                "99公益日政府配捐",
                MatchingPool.SponsorKind.GOVERNMENT,
                MatchingPool.Scope.CITY,
                null,
                "0.5",
                10_000,
                100L,
                3_000L,
                1);
        give(elderly, ELDERLY_GIFTS);
        give(children, CHILDREN_GIFTS);
    }

    private void give(long campaignId, List<Gift> gifts) {
        String city = TenantContext.currentOrPlatform();
        int card = 0;
        for (Gift gift : gifts) {
            DonationIntake.Opened opened = intake.open(
                    campaignId,
                    gift.yuan() * 100L,
                    new Donation.Donor(
                            gift.name(), gift.email(), gift.message(), gift.anonymous(), null, "10.0.0." + (card + 10)),
                    Donation.Provider.SANDBOX);
            PaymentGateway.Checkout checkout = intake.checkout(
                    opened.donationId(),
                    Donation.Provider.SANDBOX,
                    new PaymentGateway.CheckoutRequest(
                            opened.donationId(),
                            city,
                            gift.yuan() * 100L,
                            "CNY",
                            "demo",
                            gift.email(),
                            config.methods(),
                            "/",
                            "/"));
            card++;
            switch (gift.outcome()) {
                case "pay" -> sandbox.pay(checkout.sessionId(), "4000 0000 0000 " + (1000 + card));
                case "refund" -> {
                    sandbox.pay(checkout.sessionId(), "4000 0000 0000 " + (1000 + card));
                    setup.refund(opened.donationId());
                }
                case "decline" -> sandbox.decline(checkout.sessionId());
                default -> {
                    // still on the payment page
                }
            }
        }
    }
}

package eu.cohesion.practice.service.webhook;

import eu.cohesion.practice.domain.webhook.WebhookSubscription;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class WebhookSubscriptionRepository
    implements PanacheRepositoryBase<WebhookSubscription, UUID> {}

"""factory_boy factories shared by every test module."""

import factory
from allauth.account.models import EmailAddress

from lms.models import User

TEST_PASSWORD = "a-Long-test-passw0rd"  # noqa: S105


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("email",)
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"official{n}@city.example.org")
    full_name = factory.Faker("name")
    municipality = "Košice"
    country = "SK"
    job_title = "Budget officer"
    preferred_language = "en"
    time_zone = "Europe/Bratislava"

    @factory.post_generation
    def password(obj, create, extracted, **kwargs):
        obj.set_password(extracted or TEST_PASSWORD)
        if create:
            obj.save(update_fields=["password"])

    @factory.post_generation
    def verified(obj, create, extracted, **kwargs):
        if create and extracted is not False:
            EmailAddress.objects.get_or_create(
                user=obj, email=obj.email, defaults={"verified": True, "primary": True}
            )

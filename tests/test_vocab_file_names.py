"""A file's name read for the unit it names (baocao/vocab/filenames.py): names folded and run
together, the province first, lower units only inside it, level words deciding the unit."""

from __future__ import annotations

import pytest

from baocao.model import Level
from baocao.vocab.filenames import place_of_file_name


@pytest.mark.parametrize(
    ("name", "written", "level", "province"),
    [
        # a slug, English level word last
        ("thach-ha-hatinh-district-2019-news.txt", "huyện Thạch Hà", Level.DISTRICT, "Hà Tĩnh"),
        ("laocai-province-2019-news.txt", "tỉnh Lào Cai", Level.PROVINCE, "Lào Cai"),
        # Vietnamese unit words before the name, accents and case gone
        ("BC_NTM_xa_Phu_Cuong_huyen_Soc_Son_HaNoi.pdf", "xã Phú Cường", Level.COMMUNE, "Hà Nội"),
        ("nghe-an-huyen-yen-thanh-2021.docx", "huyện Yên Thành", Level.DISTRICT, "Nghệ An"),
        # the province's own unit word inside its name ("Hà Tĩnh"), and written twice
        ("ha-tinh-tinh-ha-tinh-2023.txt", "tỉnh Hà Tĩnh", Level.PROVINCE, "Hà Tĩnh"),
        # a city named like its province, after its unit word
        ("thanh-hoa-tp-thanh-hoa-2020.pdf", "thành phố Thanh Hóa", Level.DISTRICT, "Thanh Hóa"),
        # no level word: the lowest unit found
        ("ket-qua-dien-lien-dien-chau-nghe-an.doc", "xã Diễn Liên", Level.COMMUNE, "Nghệ An"),
        # a short form, a former province name
        ("tphcm-huyen-cu-chi-2020.docx", "huyện Củ Chi", Level.DISTRICT, "Hồ Chí Minh"),
        (
            "thua-thien-hue-province-2021.txt",
            "tỉnh Thừa Thiên Huế",
            Level.PROVINCE,
            "Thừa Thiên Huế",
        ),
    ],
)
def test_a_file_name_names_its_unit(name: str, written: str, level: Level, province: str) -> None:
    found = place_of_file_name(name)
    assert found is not None and found.unit is not None
    assert (found.unit.written, found.unit.level) == (written, level)
    assert found.unit.code is not None
    assert found.province.name == province


def test_several_units_of_a_level_give_the_province_alone() -> None:
    found = place_of_file_name("vinh-long-communes-2017.txt")
    assert found is not None
    assert found.unit is None
    assert found.province.name == "Vĩnh Long"


def test_a_level_named_with_no_unit_of_it_found_gives_no_unit() -> None:
    found = place_of_file_name("quang-nam-commune-report.txt")
    assert found is not None and found.unit is None


@pytest.mark.parametrize(
    "name",
    [
        "000_e3a9277c9180f2a0.txt",  # a hash
        "bao-cao-ket-qua-2020.pdf",  # no place
        "thanh-hoa-binh-dinh-2021-news.txt",  # two provinces
        "hoai-nhon-an-nhon-binhdinh-district-2019.txt",  # two districts of one province
        "xa-tan-phu-2020.pdf",  # a commune's name alone repeats across the country
    ],
)
def test_a_name_naming_no_one_province_says_nothing(name: str) -> None:
    assert place_of_file_name(name) is None


@pytest.mark.parametrize(
    ("path", "written", "province"),
    [
        # the stem names nothing: the folder it sits in names the province
        ("/data/nghe-an/bao-cao-2020.pdf", "tỉnh Nghệ An", "Nghệ An"),
        # the district's folder names no province alone: read within the province's above it
        ("/home/nc/Nghe An/Yen Thanh/bao-cao-2023.pdf", "huyện Yên Thành", "Nghệ An"),
        ("D:/BaoCao/ThanhHoa/huyen-nga-son/2019/bc-tong-ket.docx", "huyện Nga Sơn", "Thanh Hóa"),
        # a district divided before the map's date (data/former_districts.toml)
        ("/home/nc/Ha Tinh/Loc Ha/bao-cao-2023.pdf", "huyện Lộc Hà", "Hà Tĩnh"),
        # a commune's folder inside its district's and province's
        ("tai-lieu/Ha Tinh/Thach Ha/xa Thach Kenh/bc_2021.txt", "xã Thạch Kênh", "Hà Tĩnh"),
        # the stem's own clue comes before its folders'
        ("/data/nghe-an/thanh-hoa-province-2020.pdf", "tỉnh Thanh Hóa", "Thanh Hóa"),
    ],
)
def test_the_folders_are_read_innermost_first_when_the_stem_names_no_province(
    path: str, written: str, province: str
) -> None:
    found = place_of_file_name(path)
    assert found is not None and found.unit is not None
    assert (found.unit.written, found.province.name) == (written, province)


def test_the_nearest_folder_naming_a_province_is_the_files() -> None:
    found = place_of_file_name("/Nghe An/Ha Tinh bao cao/bc-2020.pdf")
    assert found is not None and found.province.name == "Hà Tĩnh"


def test_a_folder_naming_two_provinces_says_nothing() -> None:
    assert place_of_file_name("/data/Nghe An - Ha Tinh/bc-2020.pdf") is None


@pytest.mark.parametrize(
    ("name", "written"),
    [
        # a province's former name (renamed since) keeps the name the file wrote, the name of
        # its years: not the city it became (README, "Decisions", twelfth session)
        ("thua-thien-hue-province-2016-report.txt", "tỉnh Thừa Thiên Huế"),
        ("BC_NTM_ThuaThienHue_2019.docx", "tỉnh Thừa Thiên Huế"),
        ("hue-city-2025-news.txt", "thành phố Huế"),
    ],
)
def test_a_former_province_name_is_kept_as_written(name: str, written: str) -> None:
    found = place_of_file_name(name)
    assert found is not None and found.unit is not None
    assert (found.unit.written, found.province.written) == (written, written)

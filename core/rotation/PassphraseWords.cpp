#include "core/rotation/Passphrase.h"

// The word list of generated passphrases: 1293 distinct lower-case English words of 3 to 10 letters (about 10.34 bits
// each), common and easy to spell, written for Coffer. Never reorder or edit casually: tests pin its size.
namespace coffer::rotation {

const QStringList &passphraseWords()
{
    static const QStringList words
            = QStringLiteral(
                      R"(able acid acorn acre actor adapt admit adobe adult aerial afford agenda agent agile airport aisle
alarm album alcove alert alibi alien alley allow alloy almanac almond alpine amazon amber ample
amulet anchor angel angle animal ankle antler anvil apple apricot april apron aqua arbor arcade
archer arctic arena argue armchair armor aroma arrow artery artist ashore aspen asphalt asteroid
athlete atlas attic attire auburn auction audio august aurora autumn avenue aviator avocado awake
award axis bacon badge bagel baker bakery balcony ballad ballet balloon bamboo banana band bandit
banjo banner banquet barley barn baron barrel basil basin basket batch baton bayou bazaar beach
beacon beagle beam bean bear beaver bedrock beech beetle beetroot bell bellhop belt bench beret
berry beverage bicep bicycle billow binder biology birch bird biscuit bison bistro blade blanket
blaze blazer blend blimp blink blizzard bloom blossom blue blues board boat bobcat bolt bonfire
bonnet bonus book boost border bottle boulder bounce bowl boxer bracket brain branch brave bread
breadth breeze brewery brick bridge brief bright brisket broad broccoli bronze brook broom brownie
brush bubble bucket buckle buddy budget buffalo buffet bugle build bulb bundle bungalow bunny burger
burlap burrow butter button buzzer cabana cabin cable cactus caddie cadet cafe cake calcium calendar
caliber calm camel camera camp camper canal canary candle candy cannon canoe canopy canvas canyon
cape captain caramel caravan carbon card cardinal cargo carnival carousel carpet carrot carton
cascade cashew castle catalog cattle cave cavern cedar celery cellar cello cement census ceramic
cereal chair chalk chamber champ channel chapel chariot charm chart cheese cheetah chef cherry chess
chest chestnut chief chimney chin chip choir chorus chowder cider cinema cinnamon circle citrus city
civic clam clap clarinet clay clever cliff climb clock cloud clover club coach coast cobalt cobra
cockpit cocktail cocoa coconut coffee coin collar colony column combo comet comic common compass
condor console contour cookie copper coral cord corn cornet corridor cosmos costume cotton couch
cougar country cousin cover coyote crab cradle craft crane crater crayon cream creek crescent crew
cricket crimson crisp crouton crown crystal cube cuckoo cupboard cupcake curry curtain cushion
custard cycle cymbal dahlia daisy dance dancer dawn decade deck decoy deer delta denim depot derby
desert desk dessert detail dial diamond diary diesel digit dingo dinner diploma discus dish dock
dollar dolphin domain donkey doodle door dorado dough doughnut dove dragon drama dream dress drift
drill drizzle drum duck dumpling dune dust dynamo eagle earmuff earth easel echo eclipse edge
eggplant eight elbow elder electric elephant elixir elm embassy ember emblem emerald empire enamel
energy engine engraving envoy epoch equal era errand espresso essay estate ether evening event exact
exhibit exit expert fable fabric fajita falafel falcon fame family fancy fanfare farm feast feather
fedora fence fern ferry festival fever fiber fiddle field fiesta fig filament film finch finger fire
fish fjord flag flame flamingo flannel flapjack flash fleece fleet flint flock flora florist flower
flurry flute focus fog foghorn foliage folk forecast forest forge fork fortune fossil fountain fox
foyer frame freckle freezer fresh frigate fritter frog frost fruit fudge furnace gadget galaxy
galleon gallery gallop garden gargoyle garlic garnet gate gazebo gazelle gear gecko gelato gem
genius geyser giant ginger giraffe glacier glass glider globe glove goat goblet gold gondola goose
gopher gorilla gospel gourmet grain granite granola grape graph grass gravel great green grid
griffin grill grotto grove guitar gulf gumbo gymnast habit haiku halibut hammer hammock hamster
harbor harmony harp harvest hatch hawk hazel hazelnut headband heart hedge heirloom helmet hemlock
herald hermit hero heron hickory hiking hill hinge hobby hologram homestead honey hood hook horizon
hornet horse hostel hotel hour house hummus humor hunter husky hyacinth ice iceberg icon idea igloo
iguana image impala inch index ink inkwell insect island ivory ivy jackal jacket jade jaguar jar
jasmine javelin jazz jeans jelly jetty jewel jigsaw jockey journal joy jubilee judge juggler juice
jungle juniper kangaroo karate kayak kebab kelp kernel kettle key keynote kid kiln kimono kind king
kingdom kiosk kitchen kite kitten kiwi knapsack knee knife knot koala label labyrinth lacrosse
ladder lagoon lake lamb lamp lantern lanyard laptop lasagna latch lattice lava lavender lawn layer
leaf ledge legend lemon lemonade lens lentil leopard letter lever liberty library lighthouse lilac
lily lime limerick linen lion liquid list lizard llama lobby lobster locket locomotive lodge logic
lollipop lotus lucky lullaby lumber lunar lunch lynx macaroni machine magenta magnet magpie mahogany
maize mallard mammoth mandolin mango manor mansion maple marathon marble march marigold marina
market marmalade marshal mascot mask matador mayor meadow medal meerkat melody melon memo mentor
menu mercury mermaid metal meteor method metro micro middle midnight milk mill mineral minnow
minstrel minute mirror mist mitten mocha model modem monkey monsoon month moose morning mortar
mosaic mosquito moss motor mountain mouse muffin mule museum music mussel mustang mustard myth
napkin narrow native nature navy nebula nectar needle nest net never nickel night noble nomad noodle
north nose note novel nugget number nutmeg oak oasis oatmeal oboe obsidian ocean ocelot octave offer
office olive omega omelet onion opal opera orange orbit orca orchard orchid organ origami ostrich
otter outdoor outpost oval oven owl oxygen oyster paddle page paint palace palm panda panel panther
paper paprika papyrus parade parcel park parrot parsley parsnip party pasta pastry patch path patio
pavilion peach peacock peak peanut pear pebble pecan pelican pencil pendant penguin pennant pepper
peppermint percussion petal pharaoh pheasant piano piccolo pickle picnic pier pigeon pilgrim pillow
pilot pine pinnacle pioneer pirate pistachio pizza planet plank plateau platinum playground plaza
plover plum plume poem polar poncho pond pony poplar poppy porcupine portal portrait postcard potato
potluck pottery powder prairie praline pretzel primrose prism pudding puffin pulley pulse pumpkin
puppy puzzle pyramid quail quartz quasar queen quest quick quiet quill quilt quiver rabbit raccoon
radar radio radish raft rail rain rainbow raisin ranch rapids raspberry raven razor recipe reef
reindeer relay relic rhubarb ribbon rice riddle ridge ring ripple river road robin robot rocket
rodeo roof room rooster rose rosemary rover rowboat royal ruby rugby ruler rumba saddle safari
saffron saga sail sailor salad salmon salsa salt sand sandal sapphire sardine sashimi satchel satin
saturn sauce sausage savanna scale scallop scarf scepter school science scooter scout sea seal
season seed sequoia shadow shark sheep shelf shell sherbet shield ship shore shrimp shuttle signal
silk silver siren sketch skillet skirt sky skylark slate sled sleigh slope smile snail snorkel snow
soap soccer sock sofa solar sombrero sonnet souffle soup spaniel spark sparrow spice spider spinach
spiral spoon spring sprocket spruce square squash squid stable stadium stallion stamp star starfish
station statue steam steel stem step stingray stone storm story stove straw stream street string
studio sugar summer summit sun sundae sunflower sunset super surf swan sweater swift swordfish
symphony syrup table tablet tadpole tail talent tamale tangerine tango tank tape tapestry target
tavern tea teacher teapot telescope temple tennis tent terrace thermos thicket thimble thistle
thunder ticket tiger timber toast toboggan toffee token tomato tonic tooth topaz torch tortilla
toucan tower town tractor trail train trapeze tree trekker trellis triangle trolley trophy trout
truck truffle trumpet tugboat tulip tuna tundra tunnel turbine turkey turnip turtle tuxedo twig
twilight twin typhoon ukulele umbrella uncle unicorn union unit upland urban utensil vaccine
vagabond valley valve vanilla vapor velvet vendor venue veranda verse vertex vessel viaduct video
viking village vine vintage violet violin virtue visor vista vivid voice volcano voyage vulture
wafer waffle wagon wallaby walnut walrus wand warbler wasabi watchman water waterfall wave wax
weasel weather wheat wheel whisker whistle widget wildcat willow windmill window winter wisteria
wizard wolf wombat wood woodland wool workshop world wrangler yacht yard yarn year yellow yodel
yogurt yonder zebra zenith zephyr zero zigzag zinc zipper zone zucchini)")
                      .split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    return words;
}

} // namespace coffer::rotation

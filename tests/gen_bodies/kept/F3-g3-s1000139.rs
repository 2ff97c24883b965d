// finding: F3-teardown-in-diverging-arm
// seed: 1000139
// expect `drain` => w2- s3 s27 end
// expect `take 0 close` => close
// expect `take 0 cancel` => cancel
// expect `take 0 drop` => drop
// expect `take 0 mid 1 close` => gaveup w2- s3 s27 close
// expect `take 0 mid 1 cancel` => gaveup w2x cancel
// expect `take 0 mid 1 drop` => gaveup drop w2x
// expect `take 0 mid 2 close` => w2- s3 s27 end close
// expect `take 0 mid 2 cancel` => w2- s3 s27 end cancel
// expect `take 0 mid 2 drop` => w2- s3 s27 end drop
// expect `take 0 mid 3 close` => w2- s3 s27 end close
// expect `take 0 mid 3 cancel` => w2- s3 s27 end cancel
// expect `take 0 mid 3 drop` => w2- s3 s27 end drop
// expect `take 1 close` => w2- s3 s27 end close
// expect `take 1 cancel` => w2- s3 s27 end cancel
// expect `take 1 drop` => w2- s3 s27 end drop
// expect `take 1 mid 1 close` => w2- s3 s27 end close
// expect `take 1 mid 1 cancel` => w2- s3 s27 end cancel
// expect `take 1 mid 1 drop` => w2- s3 s27 end drop
// expect `take 1 mid 2 close` => w2- s3 s27 end close
// expect `take 1 mid 2 cancel` => w2- s3 s27 end cancel
// expect `take 1 mid 2 drop` => w2- s3 s27 end drop
// expect `take 1 mid 3 close` => w2- s3 s27 end close
// expect `take 1 mid 3 cancel` => w2- s3 s27 end cancel
// expect `take 1 mid 3 drop` => w2- s3 s27 end drop
// expect `take 2 close` => w2- s3 s27 end close
// expect `take 2 cancel` => w2- s3 s27 end cancel
// expect `take 2 drop` => w2- s3 s27 end drop
// expect `take 2 mid 1 close` => w2- s3 s27 end close
// expect `take 2 mid 1 cancel` => w2- s3 s27 end cancel
// expect `take 2 mid 1 drop` => w2- s3 s27 end drop
// expect `take 2 mid 2 close` => w2- s3 s27 end close
// expect `take 2 mid 2 cancel` => w2- s3 s27 end cancel
// expect `take 2 mid 2 drop` => w2- s3 s27 end drop
// expect `take 2 mid 3 close` => w2- s3 s27 end close
// expect `take 2 mid 3 cancel` => w2- s3 s27 end cancel
// expect `take 2 mid 3 drop` => w2- s3 s27 end drop
// expect `take 6 mid 5 cancel` => w2- s3 s27 end cancel
// expect `take 8 mid 5 cancel` => w2- s3 s27 end cancel
// expect `take 7 mid 5 close` => w2- s3 s27 end close
// expect `take 4 mid 6 cancel` => w2- s3 s27 end cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    let mut c1 = 0;
    while c1 < 2 {
        c1 += 1;
        W::new(&ctx, 2, 1).await;
        break;
    }
    ctx.log("s3");
    if ctx.ch(4, 0b0, 2) {
        let b5: u32 = 'l5: {
            W::new(&ctx, 6, 3).await;
            if ctx.ch(7, 0b10, 2) {
                yield_!(8);
                yield_!(9);
            } else {
                yield_!(10);
            }
            let m11: u32 = match ctx.pick(11, 0, 3) {
                0 => {
                    W::new(&ctx, 12, 0).await;
                    48
                }
                1 => {
                    yield_!(13);
                    W::new(&ctx, 14, 3).await;
                    teardown! {
                        ctx.log("t15");
                        ctx.log("t15.");
                    }
                    teardown! {
                        ctx.log("t16");
                        ctx.log("t16.");
                    }
                    ctx.log("s17");
                    3
                }
                _ => {
                    teardown! {
                        ctx.log("t18");
                        W::new(&ctx, 19, 1).await;
                        ctx.log("t18.");
                    }
                    futures::join!(W::new(&ctx, 20, 1), W::new(&ctx, 21, 0), W::new(&ctx, 22, 3));
                    yield_!(23);
                    break 'l5 45;
                }
            };
            ctx.log(format!("m11={m11}"));
            26
        };
        ctx.log(format!("b5={b5}"));
        teardown! {
            ctx.log("t24");
            W::new(&ctx, 25, 1).await;
            ctx.log("t24.");
        }
        ctx.log("s26");
    } else {
        ctx.log("s27");
    }
}

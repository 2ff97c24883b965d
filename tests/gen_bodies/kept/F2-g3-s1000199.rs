// finding: F2-teardown-in-let-else
// seed: 1000199
// expect `drain` => w2- w5- j5 w3- w4- t30 w31- t30. end
// expect `take 0 close` => close
// expect `take 0 cancel` => cancel
// expect `take 0 drop` => drop
// expect `take 0 mid 1 close` => gaveup w2- w5- j5 w3- w4- t30 w31- t30. close
// expect `take 0 mid 1 cancel` => gaveup w2x t30 w31- t30. cancel
// expect `take 0 mid 1 drop` => gaveup drop droppanic w2x
// expect `take 0 mid 2 close` => gaveup w2- w5- j5 w3- w4- t30 w31- t30. close
// expect `take 0 mid 2 cancel` => gaveup w2x t30 w31- t30. cancel
// expect `take 0 mid 2 drop` => gaveup drop droppanic w2x
// expect `take 0 mid 3 close` => gaveup w2- w5- j5 w3- w4- t30 w31- t30. close
// expect `take 0 mid 3 cancel` => gaveup w2x t30 w31- t30. cancel
// expect `take 0 mid 3 drop` => gaveup drop droppanic w2x
// expect `take 1 close` => w2- w5- j5 w3- w4- t30 w31- t30. end close
// expect `take 1 cancel` => w2- w5- j5 w3- w4- t30 w31- t30. end cancel
// expect `take 1 drop` => w2- w5- j5 w3- w4- t30 w31- t30. end drop
// expect `take 1 mid 1 close` => w2- w5- j5 w3- w4- t30 w31- t30. end close
// expect `take 1 mid 1 cancel` => w2- w5- j5 w3- w4- t30 w31- t30. end cancel
// expect `take 1 mid 1 drop` => w2- w5- j5 w3- w4- t30 w31- t30. end drop
// expect `take 1 mid 2 close` => w2- w5- j5 w3- w4- t30 w31- t30. end close
// expect `take 1 mid 2 cancel` => w2- w5- j5 w3- w4- t30 w31- t30. end cancel
// expect `take 1 mid 2 drop` => w2- w5- j5 w3- w4- t30 w31- t30. end drop
// expect `take 1 mid 3 close` => w2- w5- j5 w3- w4- t30 w31- t30. end close
// expect `take 1 mid 3 cancel` => w2- w5- j5 w3- w4- t30 w31- t30. end cancel
// expect `take 1 mid 3 drop` => w2- w5- j5 w3- w4- t30 w31- t30. end drop
// expect `take 2 close` => w2- w5- j5 w3- w4- t30 w31- t30. end close
// expect `take 2 cancel` => w2- w5- j5 w3- w4- t30 w31- t30. end cancel
// expect `take 2 drop` => w2- w5- j5 w3- w4- t30 w31- t30. end drop
// expect `take 2 mid 1 close` => w2- w5- j5 w3- w4- t30 w31- t30. end close
// expect `take 2 mid 1 cancel` => w2- w5- j5 w3- w4- t30 w31- t30. end cancel
// expect `take 2 mid 1 drop` => w2- w5- j5 w3- w4- t30 w31- t30. end drop
// expect `take 2 mid 2 close` => w2- w5- j5 w3- w4- t30 w31- t30. end close
// expect `take 2 mid 2 cancel` => w2- w5- j5 w3- w4- t30 w31- t30. end cancel
// expect `take 2 mid 2 drop` => w2- w5- j5 w3- w4- t30 w31- t30. end drop
// expect `take 2 mid 3 close` => w2- w5- j5 w3- w4- t30 w31- t30. end close
// expect `take 2 mid 3 cancel` => w2- w5- j5 w3- w4- t30 w31- t30. end cancel
// expect `take 2 mid 3 drop` => w2- w5- j5 w3- w4- t30 w31- t30. end drop
// expect `take 7 close` => w2- w5- j5 w3- w4- t30 w31- t30. end close
// expect `take 5 cancel` => w2- w5- j5 w3- w4- t30 w31- t30. end cancel
// expect `take 8 cancel` => w2- w5- j5 w3- w4- t30 w31- t30. end cancel
// expect `take 8 mid 5 close` => w2- w5- j5 w3- w4- t30 w31- t30. end close
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t30");
        W::new(&ctx, 31, 0).await;
        ctx.log("t30.");
    }
    {
        W::new(&ctx, 2, 3).await;
    }
    tokio::join!(W::new(&ctx, 3, 1), W::new(&ctx, 4, 3), async { W::new(&ctx, 5, 0).await; ctx.log("j5"); });
    let mut c6 = 0;
    'l6: while c6 < 0 {
        c6 += 1;
        match ctx.pick(7, 2, 3) {
            0 => {
                tokio::join!(W::new(&ctx, 8, 0), async { W::new(&ctx, 9, 3).await; ctx.log("j9"); }, async { W::new(&ctx, 10, 1).await; ctx.log("j10"); });
                teardown! {
                    ctx.log("t11");
                    ctx.log("t11.");
                }
                ctx.log("s12");
            }
            1 => {
                teardown! {
                    ctx.log("t13");
                    W::new(&ctx, 14, 1).await;
                    ctx.log("t13.");
                }
                W::new(&ctx, 15, 0).await;
                let Some(v16) = ctx.opt(16, 0b11, 2) else {
                    W::new(&ctx, 17, 2).await;
                    yield_!(18);
                    teardown! {
                        ctx.log("t19");
                        ctx.log("t19.");
                    }
                    teardown! {
                        ctx.log("t20");
                        ctx.log("t20.");
                    }
                    ctx.log("s21");
                    break;
                };
                ctx.log(format!("L{v16}"));
            }
            _ => {
                match ctx.pick(22, 1, 3) {
                    0 => {
                        W::new(&ctx, 23, 3).await;
                        yield_!(24);
                    }
                    1 => {
                        ctx.log("s25");
                        teardown! {
                            ctx.log("t26");
                            W::new(&ctx, 27, 2).await;
                            ctx.log("t26.");
                        }
                        ctx.log("s28");
                    }
                    _ => {
                        ctx.log("s29");
                    }
                }
            }
        }
    }
}
